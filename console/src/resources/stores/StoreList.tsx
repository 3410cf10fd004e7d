// Stores with their position (what the screen map draws).
import { Datagrid, List, NumberField, ReferenceField, TextField } from 'react-admin';

export function StoreList() {
  return (
    <List sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="name" />
        <ReferenceField source="merchantId" reference="merchants" link="show" sortable={false} />
        <TextField source="address" sortable={false} />
        <NumberField source="latitude" sortable={false} />
        <NumberField source="longitude" sortable={false} />
      </Datagrid>
    </List>
  );
}
