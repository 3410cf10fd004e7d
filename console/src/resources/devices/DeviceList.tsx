// Screens, with the hub's simple filters and its registry query
// (`city = "杭州" and online = false`), which the hub compiles to SQL.
import { Datagrid, DateTimeInput, List, NullableBooleanInput, ReferenceField, SearchInput, SelectInput, TextField, TextInput } from 'react-admin';
import { DeviceBulkActions } from './DeviceBulkActions';
import { OnlineBadge } from './OnlineBadge';
import { LabelField, useLabelledChoices } from '../../common/LabelField';
import { HubDateField } from '../../common/HubDateField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <TextInput key="query" source="query" alwaysOn sx={{ minWidth: 360 }} helperText='city = "杭州" and online = false' />,
  <StatusInput key="status" source="status" />,
  <NullableBooleanInput key="online" source="online" />,
  <TextInput key="city" source="city" />,
  <TextInput key="tag" source="tag" />,
  <NullableBooleanInput key="alerting" source="alerting" />,
  <DateTimeInput key="lastSeenBefore" source="lastSeenBefore" />,
  <NullableBooleanInput key="trading" source="trading" />,
  <TextInput key="model" source="model" />,
  <TextInput key="appVersion" source="appVersion" />,
  <TextInput key="firmwareVersion" source="firmwareVersion" />,
];

function StatusInput({ source }: { source: string }) {
  return <SelectInput source={source} choices={useLabelledChoices(['active', 'blocked'], 'hub.state')} />;
}

export function DeviceList() {
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} debounce={700}>
      <Datagrid rowClick="show" bulkActionButtons={<DeviceBulkActions />}>
        <TextField source="id" />
        <TextField source="name" />
        <OnlineBadge source="online" />
        <LabelField source="status" prefix="hub.state" />
        <TextField source="model" />
        <TextField source="appVersion" />
        <TextField source="firmwareVersion" />
        <ReferenceField source="merchantId" reference="merchants" link="show" sortable={false} />
        <ReferenceField source="storeId" reference="stores" link={false} sortable={false} />
        <HubDateField source="lastSeenAt" showTime />
      </Datagrid>
    </List>
  );
}
