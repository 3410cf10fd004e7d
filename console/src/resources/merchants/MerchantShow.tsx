// One merchant: its attributes, its insights (takings, warnings), its stores, its screens and its reconciliation reports.
import { BooleanField, Datagrid, NumberField, Pagination, ReferenceManyField, TabbedShowLayout, TextField, useRecordContext } from 'react-admin';
import { PluralName } from '../../common/PluralName';
import { ConfigLayerForm } from '../config-layers/ConfigLayerForm';
import { AddStoreButton } from './AddStoreButton';
import { TradingHoursField } from './TradingHoursField';
import { HubShow } from '../../common/HubShow';
import { OnlineBadge } from '../devices/OnlineBadge';
import { ReconcileButton } from '../reconciliations/ReconcileButton';
import { LabelField } from '../../common/LabelField';
import { HubDateField } from '../../common/HubDateField';
import { MerchantInsights } from '../../insights/MerchantInsights';

export function MerchantShow() {
  return (
    <HubShow>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="ra.message.details">
          <TextField source="name" />
          <LabelField source="acquirer" prefix="hub.channel" />
          <TextField source="merchantCategoryCode" emptyText="—" />
          <TextField source="city" emptyText="—" />
          <TextField source="district" emptyText="—" />
          <TextField source="businessArea" emptyText="—" />
          <TextField source="timezone" />
          <TradingHoursField label="resources.merchants.fields.tradingHours" />
          <BooleanField source="creditConsent" />
          <HubDateField source="creditConsentAt" showTime emptyText="—" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="hub.insights.tab" path="insights">
          <MerchantInsights />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={<PluralName resource="stores" />} path="stores">
          <AddStoreButton />
          <ReferenceManyField reference="stores" target="merchantId" sort={{ field: 'name', order: 'ASC' }} pagination={<Pagination />}>
            <Datagrid bulkActionButtons={false} rowClick={(id) => `/stores/${id}`}>
              <TextField source="name" />
              <TextField source="address" />
              <NumberField source="latitude" />
              <NumberField source="longitude" />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={<PluralName resource="devices" />} path="devices">
          <ReferenceManyField reference="devices" target="merchantId" sort={{ field: 'name', order: 'ASC' }} pagination={<Pagination />}>
            <Datagrid rowClick="show" bulkActionButtons={false}>
              <TextField source="id" />
              <TextField source="name" />
              <OnlineBadge source="online" />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="hub.device.config" path="config">
          <MerchantConfig />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={<PluralName resource="reconciliations" />} path="reconciliations">
          <ReconcileFor />
          <ReferenceManyField reference="reconciliations" target="merchantId" sort={{ field: 'date', order: 'DESC' }} pagination={<Pagination />}>
            <Datagrid rowClick="show" bulkActionButtons={false}>
              <HubDateField source="date" />
              <NumberField source="matched" />
              <NumberField source="mismatched" />
              <BooleanField source="scheduled" sortable={false} />
              <HubDateField source="createdAt" showTime />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </HubShow>
  );
}

function MerchantConfig() {
  const record = useRecordContext();
  return record ? <ConfigLayerForm scope="merchant" scopeId={String(record.id)} /> : null;
}

function ReconcileFor() {
  const record = useRecordContext();
  return record ? <ReconcileButton merchantId={String(record.id)} /> : null;
}
