// OTA campaigns, newest first, with their state and how far they got.
import { Datagrid, FunctionField, List, NumberField, ReferenceField, SelectInput, TextField } from 'react-admin';
import { StateChip } from '../../common/StateChip';
import { WaveField } from './WaveField';
import { useLabelledChoices } from '../../common/LabelField';
import { HubDateField } from '../../common/HubDateField';

const STATES = ['draft', 'running', 'paused', 'completed', 'cancelled'];

export function CampaignList() {
  const states = useLabelledChoices(STATES, 'hub.state');
  return (
    <List filters={[<SelectInput key="state" source="state" choices={states} alwaysOn />]} sort={{ field: 'createdAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <ReferenceField source="releaseId" reference="releases" link={false} sortable={false} />
        <StateChip source="state" />
        <WaveField source="currentWave" />
        <NumberField source="deviceCount" sortable={false} />
        <FunctionField label="hub.campaign.progress" render={(c: { progress?: { total: Record<string, number> }; deviceCount?: number }) => `${c.progress?.total.succeeded ?? 0} / ${c.deviceCount ?? 0}`} />
        <HubDateField source="createdAt" showTime />
      </Datagrid>
    </List>
  );
}
