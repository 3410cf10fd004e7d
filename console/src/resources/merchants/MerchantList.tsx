// Merchants of the tenant.
import { Datagrid, DateField, List, TextField } from 'react-admin';
import { LabelField } from '../../common/LabelField';

export function MerchantList() {
  return (
    <List sort={{ field: 'createdAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <LabelField source="acquirer" prefix="hub.channel" sortable={false} />
        <TextField source="city" sortable={false} />
        <TextField source="district" sortable={false} />
        <TextField source="merchantCategoryCode" sortable={false} />
        <DateField source="createdAt" />
      </Datagrid>
    </List>
  );
}
