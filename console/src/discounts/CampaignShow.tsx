// One campaign: its rule, merchants, days, channels, limits, and what it has
// given (paid payments) and holds (payments in flight) against its budget;
// stopped or restarted with one button.
import { Button } from '@mui/material';
import { BooleanField, FunctionField, SimpleShowLayout, TextField, useNotify, useRecordContext, useRefresh, useTranslate, useUpdate, type RaRecord } from 'react-admin';
import { HubShow } from '../common/HubShow';
import { HubDateField } from '../common/HubDateField';
import { formatFen } from '../common/MoneyField';
import { RuleText } from './CampaignList';

export function CampaignShow() {
  const translate = useTranslate();
  return (
    <HubShow actions={<StopButton />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <FunctionField source="rule" render={(r: RaRecord) => <RuleText record={r} />} />
        <FunctionField
          label="resources.discount-campaigns.fields.merchantIds"
          render={(r: RaRecord) => (r.merchants?.cities ? r.merchants.cities.join('、') : r.merchants?.merchantIds ? `${r.merchants.merchantIds.length}` : translate('hub.discounts.all_merchants'))}
        />
        <HubDateField source="startsOn" />
        <HubDateField source="endsOn" />
        <FunctionField source="channels" render={(r: RaRecord) => (r.channels as string[]).map((c) => translate(`hub.channel.${c}`)).join('、')} />
        <FunctionField source="budgetFen" render={(r: RaRecord) => formatFen(r.budgetFen)} />
        <FunctionField label="hub.discounts.given" render={(r: RaRecord) => (r.given ? `${r.given.payments} · ${formatFen(r.given.discountFen)}` : '—')} />
        <FunctionField label="hub.discounts.in_flight" render={(r: RaRecord) => (r.given ? formatFen(r.given.inFlightFen) : '—')} />
        <FunctionField source="remainingFen" render={(r: RaRecord) => formatFen(r.remainingFen)} />
        <TextField source="perMerchantDay" emptyText="—" />
        <TextField source="perScreenDay" emptyText="—" />
        <BooleanField source="enabled" />
      </SimpleShowLayout>
    </HubShow>
  );
}

function StopButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate();
  if (!record) return null;
  const toggle = () =>
    update('discount-campaigns', { id: record.id, data: { enabled: !record.enabled }, previousData: record }, { onSuccess: refresh, onError: (err) => notify((err as Error).message, { type: 'error' }) });
  return (
    <Button disabled={isPending} onClick={toggle} data-testid="campaign-toggle">
      {translate(record.enabled ? 'hub.discounts.stop' : 'hub.discounts.restart')}
    </Button>
  );
}
