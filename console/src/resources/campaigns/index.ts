import SystemUpdateIcon from '@mui/icons-material/SystemUpdate';
import { CampaignList } from './CampaignList';
import { CampaignShow } from './CampaignShow';

export default { list: CampaignList, show: CampaignShow, icon: SystemUpdateIcon, recordRepresentation: 'name' };
