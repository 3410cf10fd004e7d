import InventoryIcon from '@mui/icons-material/Inventory2';
import { ReleaseList } from './ReleaseList';

export default { list: ReleaseList, icon: InventoryIcon, recordRepresentation: 'version' };
