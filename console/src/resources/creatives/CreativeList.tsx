// Creatives, filtered by review state (pending_review first is what reviewers want).
import { Datagrid, List, NumberField, ReferenceField, SearchInput, SelectInput, TextField } from 'react-admin';
import { StateChip } from '../../common/StateChip';
import { useLabelledChoices } from '../../common/LabelField';
import { HubDateField } from '../../common/HubDateField';

const STATES = ['awaiting_media', 'pending_review', 'approved', 'rejected'];

export function CreativeList() {
  const states = useLabelledChoices(STATES, 'hub.state');
  return (
    <List filters={[<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="state" source="state" choices={states} alwaysOn />]} sort={{ field: 'createdAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <ReferenceField source="advertiserId" reference="advertisers" link={false} sortable={false} emptyText="hub.creative.house" />
        <TextField source="category" sortable={false} />
        <StateChip source="state" />
        <TextField source="mediaType" sortable={false} emptyText="—" />
        <NumberField source="durationMs" sortable={false} />
        <HubDateField source="createdAt" showTime />
      </Datagrid>
    </List>
  );
}
