import DiscountIcon from '@mui/icons-material/LocalOffer';
import { CampaignCreate } from './CampaignCreate';
import { CampaignList } from './CampaignList';
import { CampaignShow } from './CampaignShow';

export default { list: CampaignList, show: CampaignShow, create: CampaignCreate, icon: DiscountIcon, recordRepresentation: 'name' };
