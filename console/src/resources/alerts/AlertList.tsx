// Health alerts. Operators acknowledge them; the hub resolves an alert by itself
// when its condition clears (it has no manual resolve), so resolved ones are shown, not made.
// A payment_needs_attention alert links to its payment, which a person settles.
import { Datagrid, DateField, List, ReferenceField, SelectInput, TextField, useRecordContext } from 'react-admin';
import { ActionButton } from '../../common/ActionButton';
import { StateChip } from '../../common/StateChip';

const states = ['open', 'acknowledged', 'resolved'].map((id) => ({ id, name: id }));

export function AlertList() {
  return (
    <List filters={[<SelectInput key="state" source="state" choices={states} alwaysOn />]} sort={{ field: 'openedAt', order: 'DESC' }}>
      <Datagrid bulkActionButtons={false}>
        <TextField source="kind" sortable={false} />
        <TextField source="deviceId" sortable={false} />
        <ReferenceField source="transactionId" reference="transactions" link="show" sortable={false} emptyText="—" />
        <StateChip source="state" />
        <TextField source="value" sortable={false} />
        <DateField source="openedAt" showTime />
        <DateField source="acknowledgedAt" showTime sortable={false} emptyText="—" />
        <DateField source="resolvedAt" showTime sortable={false} emptyText="—" />
        <AcknowledgeButton />
      </Datagrid>
    </List>
  );
}

function AcknowledgeButton() {
  const record = useRecordContext();
  if (!record || record.state !== 'open') return null;
  return <ActionButton resource="alerts" id={record.id} action="acknowledge" label="hub.action.acknowledge" />;
}
