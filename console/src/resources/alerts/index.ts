import AlertIcon from '@mui/icons-material/NotificationsActive';
import { AlertList } from './AlertList';

export default { list: AlertList, icon: AlertIcon };
