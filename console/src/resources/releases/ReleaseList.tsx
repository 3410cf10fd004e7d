// Signed OTA releases: listed here, uploaded with ReleaseUpload (signed offline by the release pipeline).
import { Datagrid, List, NumberField, SelectInput, TextField } from 'react-admin';
import { StateChip } from '../../common/StateChip';
import { LabelField, useLabelledChoices } from '../../common/LabelField';
import { HubDateField } from '../../common/HubDateField';

function KindInput({ source }: { source: string; alwaysOn?: boolean }) {
  return <SelectInput source={source} choices={useLabelledChoices(['app', 'firmware'], 'hub.release_kind')} />;
}

export function ReleaseList() {
  return (
    <List filters={[<KindInput key="kind" source="kind" alwaysOn />]} sort={{ field: 'createdAt', order: 'DESC' }}>
      <Datagrid bulkActionButtons={false}>
        <LabelField source="kind" prefix="hub.release_kind" />
        <TextField source="version" />
        <StateChip source="state" />
        <NumberField source="sizeBytes" sortable={false} />
        <TextField source="notes" sortable={false} emptyText="—" />
        <HubDateField source="createdAt" showTime />
      </Datagrid>
    </List>
  );
}
