// Alerts, open ones first: severity, the rule, the screen with its store and
// merchant, the value against the threshold. Operators acknowledge them with a
// note; the hub resolves an alert by itself when its condition has stayed clear
// for the rule's hold-off. A payment_needs_attention alert links to its payment.
import { Chip } from '@mui/material';
import { Datagrid, DateTimeInput, FunctionField, List, ReferenceField, SelectInput, TextField, TextInput, useLocaleState, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { Link } from 'react-router-dom';
import { StateChip } from '../../common/StateChip';
import { AcknowledgeButton } from './AcknowledgeButton';
import { AlertValue } from './AlertValue';
import { WARNING_KINDS } from '../../insights/WarningEvidence';
import { dateLocaleOf, HubDateField } from '../../common/HubDateField';

const STATES = ['open', 'acknowledged', 'resolved'];
const SEVERITIES = ['critical', 'warning', 'info'];
export const ALERT_KINDS = ['offline', 'temperature_above', 'free_storage_below', 'repeated_reboots', 'payment_failure_rate', 'payment_needs_attention', 'reconciliation_mismatch', 'reconciliation_unavailable', ...WARNING_KINDS];
const SEVERITY_COLOURS = { critical: 'error', warning: 'warning', info: 'info' } as const;

function useFilters() {
  const translate = useTranslate();
  const choices = (ids: string[], prefix: string) => ids.map((id) => ({ id, name: translate(`${prefix}.${id}`) }));
  return [
    <SelectInput key="state" source="state" choices={choices(STATES, 'hub.state')} alwaysOn />,
    <SelectInput key="severity" source="severity" choices={choices(SEVERITIES, 'hub.severity')} alwaysOn />,
    <SelectInput key="kind" source="kind" choices={choices(ALERT_KINDS, 'hub.alert_kind')} alwaysOn />,
    <TextInput key="city" source="city" />,
    <DateTimeInput key="openedFrom" source="openedFrom" />,
    <DateTimeInput key="openedTo" source="openedTo" />,
  ];
}

export function AlertList() {
  return (
    <List filters={useFilters()} sort={{ field: 'priority', order: 'ASC' }}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <SeverityChip source="severity" />
        <FunctionField source="kind" sortable={false} render={(r: RaRecord) => <KindLabel kind={r.kind} rule={r.rule} />} />
        <FunctionField source="deviceId" sortable={false} render={(r: RaRecord) => (r.deviceId ? <Link to={`/devices/${encodeURIComponent(r.deviceId)}/show`}>{r.deviceName || r.deviceId}</Link> : '—')} />
        <TextField source="storeName" sortable={false} emptyText="—" />
        <FunctionField source="merchantName" sortable={false} render={(r: RaRecord) => (r.merchantId ? <Link to={`/merchants/${r.merchantId}/show`}>{r.merchantName}</Link> : '—')} />
        <TextField source="city" sortable={false} emptyText="—" />
        <AlertValue label="resources.alerts.fields.value" />
        <ReferenceField source="transactionId" reference="transactions" link="show" sortable={false} emptyText="—" />
        <StateChip source="state" />
        <HubDateField source="openedAt" showTime />
        <FunctionField source="acknowledgedAt" sortable={false} render={(r: RaRecord) => <Acknowledged at={r.acknowledgedAt} note={r.acknowledgedNote} />} />
        <HubDateField source="resolvedAt" showTime sortable={false} emptyText="—" />
        <AcknowledgeButton label="" />
      </Datagrid>
    </List>
  );
}

/** When it was acknowledged, in the console's language, and the operator's note. */
function Acknowledged({ at, note }: { at: string | null; note: string | null }) {
  const [locale] = useLocaleState();
  if (!at) return <>—</>;
  return <>{`${new Date(at).toLocaleString(dateLocaleOf(locale))}${note ? ` — ${note}` : ''}`}</>;
}

function SeverityChip(_props: { source: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const severity = record?.severity as keyof typeof SEVERITY_COLOURS | undefined;
  if (!severity) return null;
  return <Chip size="small" label={translate(`hub.severity.${severity}`)} color={SEVERITY_COLOURS[severity]} data-testid={`severity-${severity}`} />;
}

function KindLabel({ kind, rule }: { kind: string; rule: string | null }) {
  const translate = useTranslate();
  const label = translate(`hub.alert_kind.${kind}`, { _: kind });
  return <>{rule ? `${rule} (${label})` : label}</>;
}
