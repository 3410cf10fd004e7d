import StoreIcon from '@mui/icons-material/Storefront';
import { MerchantCreate } from './MerchantCreate';
import { MerchantEdit } from './MerchantEdit';
import { MerchantList } from './MerchantList';
import { MerchantShow } from './MerchantShow';

export default { list: MerchantList, show: MerchantShow, create: MerchantCreate, edit: MerchantEdit, icon: StoreIcon, recordRepresentation: 'name' };
