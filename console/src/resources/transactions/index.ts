import PaymentsIcon from '@mui/icons-material/Payments';
import { TransactionList } from './TransactionList';
import { TransactionShow } from './TransactionShow';

export default { list: TransactionList, show: TransactionShow, icon: PaymentsIcon, recordRepresentation: 'orderNo' };
