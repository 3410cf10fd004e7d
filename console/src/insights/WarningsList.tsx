// The early warnings of the whole fleet: the alerts of the four warning kinds,
// with merchant, city, the evidence in words and the acknowledge action,
// filterable by kind, city and state. The same alerts are in the alerts list.
import { Datagrid, FunctionField, List, SelectInput, TextInput, useTranslate, type RaRecord } from 'react-admin';
import { Link } from 'react-router-dom';
import { HubDateField } from '../common/HubDateField';
import { StateChip } from '../common/StateChip';
import { AcknowledgeButton } from '../resources/alerts/AcknowledgeButton';
import { WARNING_KINDS, WarningEvidence } from './WarningEvidence';

const ALL = WARNING_KINDS.join(',');

export function WarningsList() {
  const translate = useTranslate();
  const choices = (ids: string[], prefix: string) => ids.map((id) => ({ id, name: translate(`${prefix}.${id}`) }));
  const filters = [
    // Every kind at once is a choice of its own (the hub takes kinds separated by commas), and the default.
    <SelectInput key="kind" source="kind" choices={[{ id: ALL, name: translate('hub.insights.warnings') }, ...choices(WARNING_KINDS, 'hub.alert_kind')]} alwaysOn emptyValue={ALL} />,
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
      <Datagrid bulkActionButtons={false} rowClick={false} data-testid="warnings-list">
        <FunctionField source="kind" sortable={false} render={(r: RaRecord) => translate(`hub.alert_kind.${r.kind}`)} />
        <FunctionField source="merchantName" sortable={false} render={(r: RaRecord) => (r.merchantId ? <Link to={`/merchants/${r.merchantId}/show/insights`}>{r.merchantName}</Link> : '—')} />
        <FunctionField source="city" sortable={false} render={(r: RaRecord) => r.city ?? '—'} />
        <FunctionField label="resources.alerts.fields.value" render={(r: RaRecord) => <WarningEvidence kind={r.kind} evidence={r.evidence} />} />
        <StateChip source="state" />
        <HubDateField source="openedAt" showTime />
        <AcknowledgeButton label="" />
      </Datagrid>
    </List>
  );
}
