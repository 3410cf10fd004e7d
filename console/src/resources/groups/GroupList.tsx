// Static and dynamic groups of screens.
import { Datagrid, List, NumberField, TextField } from 'react-admin';

export function GroupList() {
  return (
    <List sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="kind" sortable={false} />
        <TextField source="query" sortable={false} emptyText="—" />
        <NumberField source="priority" />
        <NumberField source="memberCount" sortable={false} />
      </Datagrid>
    </List>
  );
}
