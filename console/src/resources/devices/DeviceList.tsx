// Screens, with the hub's simple filters and its registry query
// (`city = "杭州" and online = false`), which the hub compiles to SQL.
import { Datagrid, DateField, List, NullableBooleanInput, ReferenceField, SearchInput, SelectInput, TextField, TextInput } from 'react-admin';
import { OnlineBadge } from './OnlineBadge';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <TextInput key="query" source="query" alwaysOn sx={{ minWidth: 360 }} helperText='city = "杭州" and online = false' />,
  <SelectInput key="status" source="status" choices={[{ id: 'active', name: 'active' }, { id: 'blocked', name: 'blocked' }]} />,
  <NullableBooleanInput key="online" source="online" />,
  <TextInput key="model" source="model" />,
  <TextInput key="appVersion" source="appVersion" />,
  <TextInput key="firmwareVersion" source="firmwareVersion" />,
];

export function DeviceList() {
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} debounce={700}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="id" />
        <TextField source="name" />
        <OnlineBadge source="online" />
        <TextField source="status" />
        <TextField source="model" />
        <TextField source="appVersion" />
        <TextField source="firmwareVersion" />
        <ReferenceField source="merchantId" reference="merchants" link="show" sortable={false} />
        <ReferenceField source="storeId" reference="stores" link={false} sortable={false} />
        <DateField source="lastSeenAt" showTime />
      </Datagrid>
    </List>
  );
}
