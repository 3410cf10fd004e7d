import PlaceIcon from '@mui/icons-material/Place';
import { StoreList } from './StoreList';

export default { list: StoreList, icon: PlaceIcon, recordRepresentation: 'name' };
