import CampaignIcon from '@mui/icons-material/Campaign';
import { AdvertiserCreate, AdvertiserEdit } from './AdvertiserForms';
import { AdvertiserList } from './AdvertiserList';

export default { list: AdvertiserList, create: AdvertiserCreate, edit: AdvertiserEdit, icon: CampaignIcon, recordRepresentation: 'name' };
