import SystemUpdateIcon from '@mui/icons-material/SystemUpdate';
import { CampaignCreate } from './CampaignCreate';
import { CampaignList } from './CampaignList';
import { CampaignShow } from './CampaignShow';

export default { list: CampaignList, show: CampaignShow, create: CampaignCreate, icon: SystemUpdateIcon, recordRepresentation: 'name' };
