import ScreenIcon from '@mui/icons-material/Tv';
import { DeviceList } from './DeviceList';
import { DeviceShow } from './DeviceShow';

export default { list: DeviceList, show: DeviceShow, icon: ScreenIcon, recordRepresentation: 'name' };
