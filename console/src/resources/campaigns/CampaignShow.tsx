// One campaign: its lifecycle buttons, progress per wave, and each screen's state.
import { BooleanField, Datagrid, NumberField, ReferenceField, ReferenceManyField, Pagination, SimpleShowLayout, TextField } from 'react-admin';
import { HubShow } from '../../common/HubShow';
import { StateChip } from '../../common/StateChip';
import { WaveField } from './WaveField';
import { CampaignActions } from './CampaignActions';
import { PauseFigures } from './PauseFigures';
import { WaveProgress } from './WaveProgress';
import { HubDateField } from '../../common/HubDateField';

export function CampaignShow() {
  return (
    <HubShow>
      <SimpleShowLayout>
        <TextField source="name" />
        <ReferenceField source="releaseId" reference="releases" link={false} />
        <StateChip source="state" />
        <TextField source="pauseReason" emptyText="—" />
        <PauseFigures />
        <BooleanField source="autoRollback" />
        <ReferenceField source="rollbackOf" reference="campaigns" emptyText="—" />
        <WaveField source="currentWave" />
        <NumberField source="deviceCount" />
        <CampaignActions />
        <WaveProgress />
        <ReferenceManyField reference="campaign-devices" target="campaignId" sort={{ field: 'updatedAt', order: 'DESC' }} label="hub.campaign.devices" pagination={<Pagination />}>
          <Datagrid bulkActionButtons={false}>
            <ReferenceField source="deviceId" reference="devices" link="show" />
            <WaveField source="wave" />
            <StateChip source="state" />
            <NumberField source="progressPct" />
            <TextField source="reason" emptyText="—" />
            <HubDateField source="updatedAt" showTime />
          </Datagrid>
        </ReferenceManyField>
      </SimpleShowLayout>
    </HubShow>
  );
}
