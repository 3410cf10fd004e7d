import PlaceIcon from '@mui/icons-material/Place';
import { StoreCreate } from './StoreCreate';
import { StoreEdit } from './StoreEdit';
import { StoreList } from './StoreList';

export default { list: StoreList, create: StoreCreate, edit: StoreEdit, icon: PlaceIcon, recordRepresentation: 'name' };
