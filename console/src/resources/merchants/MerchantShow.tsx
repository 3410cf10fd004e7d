// One merchant: its attributes, its stores, its screens and its reconciliation reports.
import { BooleanField, Datagrid, DateField, NumberField, ReferenceManyField, TabbedShowLayout, TextField, useRecordContext } from 'react-admin';
import { HubShow } from '../../common/HubShow';
import { OnlineBadge } from '../devices/OnlineBadge';
import { ReconcileButton } from '../reconciliations/ReconcileButton';

export function MerchantShow() {
  return (
    <HubShow>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="ra.message.details">
          <TextField source="name" />
          <TextField source="acquirer" />
          <TextField source="merchantCategoryCode" emptyText="—" />
          <TextField source="city" emptyText="—" />
          <TextField source="district" emptyText="—" />
          <TextField source="businessArea" emptyText="—" />
          <TextField source="timezone" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.stores.name" path="stores">
          <ReferenceManyField reference="stores" target="merchantId" sort={{ field: 'name', order: 'ASC' }}>
            <Datagrid bulkActionButtons={false}>
              <TextField source="name" />
              <TextField source="address" />
              <NumberField source="latitude" />
              <NumberField source="longitude" />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.devices.name" path="devices">
          <ReferenceManyField reference="devices" target="merchantId">
            <Datagrid rowClick="show" bulkActionButtons={false}>
              <TextField source="id" />
              <TextField source="name" />
              <OnlineBadge source="online" />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.reconciliations.name" path="reconciliations">
          <ReconcileFor />
          <ReferenceManyField reference="reconciliations" target="merchantId" sort={{ field: 'date', order: 'DESC' }}>
            <Datagrid rowClick="show" bulkActionButtons={false}>
              <DateField source="date" />
              <NumberField source="matched" />
              <NumberField source="mismatched" />
              <BooleanField source="scheduled" sortable={false} />
              <DateField source="createdAt" showTime />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </HubShow>
  );
}

function ReconcileFor() {
  const record = useRecordContext();
  return record ? <ReconcileButton merchantId={String(record.id)} /> : null;
}
