// Payments of the tenant: search by order number, screen, merchant or state.
import { AutocompleteInput, Datagrid, DateTimeInput, List, NumberInput, ReferenceField, ReferenceInput, SelectInput, TextField, TextInput } from 'react-admin';
import { fenToYuan, MoneyField, yuanToFen } from '../../common/MoneyField';
import { StateChip } from '../../common/StateChip';
import { LabelField, useLabelledChoices } from '../../common/LabelField';
import { HubDateField } from '../../common/HubDateField';

// needs_attention: final, a person must settle it with the acquirer (an alert is open for it).
export const transactionStates = ['received', 'sent', 'paying', 'unknown', 'succeeded', 'failed', 'cancelling', 'cancelled', 'refunded', 'needs_attention'].map((id) => ({
  id,
  name: `hub.state.${id}`,
}));


const filters = [
  <TextInput key="orderNo" source="orderNo" alwaysOn />,
  <SelectInput key="state" source="state" choices={transactionStates} alwaysOn />,
  <DateTimeInput key="createdFrom" source="createdFrom" alwaysOn />,
  <DateTimeInput key="createdTo" source="createdTo" alwaysOn />,
  <ChannelInput key="channel" source="channel" />,
  <ReferenceInput key="merchantId" source="merchantId" reference="merchants" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
  <NumberInput key="minAmountFen" source="minAmountFen" format={fenToYuan} parse={yuanToFen} />,
  <NumberInput key="maxAmountFen" source="maxAmountFen" format={fenToYuan} parse={yuanToFen} />,
  <TextInput key="deviceId" source="deviceId" />,
];

function ChannelInput({ source }: { source: string }) {
  return <SelectInput source={source} choices={useLabelledChoices(['alipay', 'wechat', 'unionpay'], 'hub.channel')} />;
}

export function TransactionList() {
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <HubDateField source="createdAt" showTime />
        <TextField source="orderNo" sortable={false} />
        <MoneyField source="amountFen" />
        <LabelField source="channel" prefix="hub.channel" sortable={false} />
        <StateChip source="state" />
        <ReferenceField source="deviceId" reference="devices" link="show" sortable={false} />
        <ReferenceField source="merchantId" reference="merchants" link="show" sortable={false} />
        <MoneyField source="refundedFen" />
      </Datagrid>
    </List>
  );
}
