import GroupIcon from '@mui/icons-material/Workspaces';
import { GroupList } from './GroupList';
import { GroupShow } from './GroupShow';

export default { list: GroupList, show: GroupShow, icon: GroupIcon, recordRepresentation: 'name' };
