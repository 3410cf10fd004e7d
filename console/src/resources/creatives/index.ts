import ImageIcon from '@mui/icons-material/Image';
import { CreativeCreate } from './CreativeCreate';
import { CreativeList } from './CreativeList';
import { CreativeShow } from './CreativeShow';

export default { list: CreativeList, show: CreativeShow, create: CreativeCreate, icon: ImageIcon, recordRepresentation: 'name' };
