import InventoryIcon from '@mui/icons-material/Inventory2';
import { ReleaseList } from './ReleaseList';
import { ReleaseUpload } from './ReleaseUpload';

export default { list: ReleaseList, create: ReleaseUpload, icon: InventoryIcon, recordRepresentation: 'version' };
