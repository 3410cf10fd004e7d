// Static and dynamic groups of screens.
import { Datagrid, List, NumberField, TextField } from 'react-admin';
import { LabelField } from '../../common/LabelField';

export function GroupList() {
  return (
    <List sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <LabelField source="kind" prefix="hub.group_kind" sortable={false} />
        <TextField source="query" sortable={false} emptyText="—" />
        <NumberField source="priority" />
        <NumberField source="memberCount" sortable={false} />
      </Datagrid>
    </List>
  );
}
