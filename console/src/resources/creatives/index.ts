import ImageIcon from '@mui/icons-material/Image';
import { CreativeList } from './CreativeList';
import { CreativeShow } from './CreativeShow';

export default { list: CreativeList, show: CreativeShow, icon: ImageIcon, recordRepresentation: 'name' };
