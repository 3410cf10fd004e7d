// Merchants of the tenant.
import { Datagrid, List, TextField } from 'react-admin';
import { LabelField } from '../../common/LabelField';
import { HubDateField } from '../../common/HubDateField';

export function MerchantList() {
  return (
    <List sort={{ field: 'createdAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <LabelField source="acquirer" prefix="hub.channel" sortable={false} />
        <TextField source="city" sortable={false} />
        <TextField source="district" sortable={false} />
        <TextField source="merchantCategoryCode" sortable={false} />
        <HubDateField source="createdAt" />
      </Datagrid>
    </List>
  );
}
