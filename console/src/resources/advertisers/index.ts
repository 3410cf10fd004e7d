import CampaignIcon from '@mui/icons-material/Campaign';
import { AdvertiserList } from './AdvertiserList';

export default { list: AdvertiserList, icon: CampaignIcon, recordRepresentation: 'name' };
