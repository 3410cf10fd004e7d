import EventIcon from '@mui/icons-material/EventAvailable';
import { BookingCreate } from './BookingCreate';
import { BookingList } from './BookingList';
import { BookingShow } from './BookingShow';

export default { list: BookingList, show: BookingShow, create: BookingCreate, icon: EventIcon, recordRepresentation: 'name' };
