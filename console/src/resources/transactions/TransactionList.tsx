// Payments of the tenant: search by order number, screen, merchant or state.
import { Datagrid, DateField, List, ReferenceField, SelectInput, TextField, TextInput } from 'react-admin';
import { MoneyField } from '../../common/MoneyField';
import { StateChip } from '../../common/StateChip';
import { LabelField } from '../../common/LabelField';

// needs_attention: final, a person must settle it with the acquirer (an alert is open for it).
export const transactionStates = ['received', 'sent', 'paying', 'unknown', 'succeeded', 'failed', 'cancelling', 'cancelled', 'refunded', 'needs_attention'].map((id) => ({
  id,
  name: `hub.state.${id}`,
}));

const filters = [
  <TextInput key="orderNo" source="orderNo" alwaysOn />,
  <SelectInput key="state" source="state" choices={transactionStates} alwaysOn />,
  <TextInput key="deviceId" source="deviceId" />,
];

export function TransactionList() {
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <DateField source="createdAt" showTime />
        <TextField source="orderNo" sortable={false} />
        <MoneyField source="amountFen" />
        <LabelField source="channel" prefix="hub.channel" sortable={false} />
        <StateChip source="state" />
        <TextField source="deviceId" sortable={false} />
        <ReferenceField source="merchantId" reference="merchants" link="show" sortable={false} />
        <MoneyField source="refundedFen" />
      </Datagrid>
    </List>
  );
}
