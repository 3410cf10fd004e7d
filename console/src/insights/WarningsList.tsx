// The early warnings of the whole fleet: the alerts of the four warning kinds,
// with merchant, city, the day judged, the figure, the evidence in words and the
// acknowledge action, filterable by kind, city and state. The same alerts are in
// the alerts list.
import { Datagrid, FunctionField, List, SelectInput, TextInput, useTranslate, type RaRecord } from 'react-admin';
import { Link } from 'react-router-dom';
import { HubDateField } from '../common/HubDateField';
import { StateChip } from '../common/StateChip';
import { AcknowledgeButton } from '../resources/alerts/AcknowledgeButton';
import { WARNING_KINDS, WarningEvidence, WarningFigure } from './WarningEvidence';

const ALL = WARNING_KINDS.join(',');

export function WarningsList() {
  const translate = useTranslate();
  const choices = (ids: string[], prefix: string) => ids.map((id) => ({ id, name: translate(`${prefix}.${id}`) }));
  const filters = [
    // Every kind at once is a choice of its own (the hub takes kinds separated by commas), and the default.
    <SelectInput key="kind" source="kind" label="hub.insights.column.warning" choices={[{ id: ALL, name: translate('hub.insights.all_warnings') }, ...choices(WARNING_KINDS, 'hub.alert_kind')]} alwaysOn emptyValue={ALL} />,
    <SelectInput key="state" source="state" choices={choices(['open', 'acknowledged', 'resolved'], 'hub.state')} alwaysOn />,
    <TextInput key="city" source="city" alwaysOn />,
  ];
  return (
    <List
      resource="alerts"
      title={translate('hub.insights.warnings')}
      filters={filters}
      filterDefaultValues={{ kind: ALL }}
      sort={{ field: 'priority', order: 'ASC' }}
      disableSyncWithLocation
      storeKey="merchant-warnings"
      actions={false}
    >
      {/* Short cells on one line; the evidence takes what width is left. */}
      <Datagrid bulkActionButtons={false} rowClick={false} data-testid="warnings-list" sx={{ '& td': { whiteSpace: 'nowrap' }, '& td:has([data-testid="warning-evidence"])': { whiteSpace: 'normal' } }}>
        <FunctionField label="hub.insights.column.warning" render={(r: RaRecord) => translate(`hub.alert_kind.${r.kind}`)} />
        <FunctionField source="merchantName" sortable={false} render={(r: RaRecord) => (r.merchantId ? <Link to={`/merchants/${r.merchantId}/show/insights`}>{r.merchantName}</Link> : '—')} />
        <FunctionField source="city" sortable={false} render={(r: RaRecord) => r.city ?? '—'} />
        {/* The day judged: an open warning's evidence is its latest day's. */}
        <FunctionField label="hub.insights.column.day" render={(r: RaRecord) => (r.evidence?.day as string | undefined) ?? '—'} />
        <FunctionField label="hub.insights.column.figure" render={(r: RaRecord) => <WarningFigure kind={r.kind} value={r.value} />} />
        <FunctionField label="hub.insights.column.evidence" render={(r: RaRecord) => <WarningEvidence kind={r.kind} evidence={r.evidence} />} />
        <StateChip source="state" />
        <HubDateField source="openedAt" showTime />
        <AcknowledgeButton label="" />
      </Datagrid>
    </List>
  );
}
