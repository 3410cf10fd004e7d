import EventIcon from '@mui/icons-material/EventAvailable';
import { BookingList } from './BookingList';
import { BookingShow } from './BookingShow';

export default { list: BookingList, show: BookingShow, icon: EventIcon, recordRepresentation: 'name' };
