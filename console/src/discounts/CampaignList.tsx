// The bank's instant-discount campaigns: the rule in words, the days, the
// budget and how much of it is given or held, running or stopped.
import { BooleanField, Datagrid, FunctionField, List, TextField, useTranslate, type RaRecord } from 'react-admin';
import { formatFen } from '../common/MoneyField';
import { HubDateField } from '../common/HubDateField';

export function RuleText({ record }: { record: RaRecord }) {
  const translate = useTranslate();
  return (
    <>
      {record.rule === 'percent'
        ? translate('hub.discounts.rule_text_percent', { percent: record.percent, cap: formatFen(record.capFen) })
        : translate('hub.discounts.rule_text_threshold', { min: formatFen(record.minSpendFen), off: formatFen(record.offFen) })}
    </>
  );
}

export function CampaignList() {
  return (
    <List sort={{ field: 'createdAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <FunctionField source="rule" sortable={false} render={(r: RaRecord) => <RuleText record={r} />} />
        <HubDateField source="startsOn" sortable={false} />
        <HubDateField source="endsOn" sortable={false} />
        <FunctionField source="budgetFen" sortable={false} render={(r: RaRecord) => formatFen(r.budgetFen)} />
        <FunctionField source="reservedFen" sortable={false} render={(r: RaRecord) => formatFen(r.reservedFen)} />
        <FunctionField source="remainingFen" sortable={false} render={(r: RaRecord) => formatFen(r.remainingFen)} />
        <BooleanField source="enabled" sortable={false} />
        <HubDateField source="createdAt" />
      </Datagrid>
    </List>
  );
}
