// One group and its members (a dynamic group's members follow the registry).
import { Datagrid, NumberField, Pagination, ReferenceManyField, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { ConfigLayerForm } from '../config-layers/ConfigLayerForm';
import { PluralName } from '../../common/PluralName';
import { HubShow } from '../../common/HubShow';
import { OnlineBadge } from '../devices/OnlineBadge';
import { LabelField } from '../../common/LabelField';

export function GroupShow() {
  return (
    <HubShow>
      <SimpleShowLayout>
        <TextField source="name" />
        <LabelField source="kind" prefix="hub.group_kind" />
        <TextField source="query" emptyText="—" />
        <NumberField source="priority" />
        <ReferenceManyField reference="devices" target="groupId" label={<PluralName resource="devices" />} sort={{ field: 'name', order: 'ASC' }} pagination={<Pagination />}>
          <Datagrid rowClick={(id) => `/devices/${encodeURIComponent(String(id))}/show`} bulkActionButtons={false}>
            <TextField source="id" />
            <TextField source="name" />
            <OnlineBadge source="online" />
          </Datagrid>
        </ReferenceManyField>
        <GroupConfig label="hub.device.config" />
      </SimpleShowLayout>
    </HubShow>
  );
}

function GroupConfig(_props: { label: string }) {
  const record = useRecordContext();
  return record ? <ConfigLayerForm scope="group" scopeId={String(record.id)} /> : null;
}
