// One payment: amounts, the acquirer's answer, every state change, its refunds.
import { ArrayField, Datagrid, Labeled, ReferenceField, SimpleShowLayout, TextField, FunctionField, useTranslate } from 'react-admin';
import { HubShow } from '../../common/HubShow';
import { MoneyField } from '../../common/MoneyField';
import { StateChip } from '../../common/StateChip';
import { RefundForm } from './RefundForm';
import { LabelField } from '../../common/LabelField';
import { HubDateField } from '../../common/HubDateField';

export function TransactionShow() {
  const translate = useTranslate();
  return (
    <HubShow>
      <SimpleShowLayout>
        <TextField source="orderNo" />
        <TextField source="acquirerOrderNo" />
        <MoneyField source="amountFen" />
        <LabelField source="channel" prefix="hub.channel" />
        <StateChip source="state" />
        <TextField source="failureReason" emptyText="—" />
        <TextField source="acquirerTradeNo" emptyText="—" />
        <TextField source="authCodeMasked" />
        <TextField source="deviceId" />
        <ReferenceField source="merchantId" reference="merchants" link="show" />
        <HubDateField source="createdAt" showTime />
        <MoneyField source="refundedFen" />
        <RefundForm />
        <Labeled label={translate('hub.transaction.events')}>
          <ArrayField source="events">
            <Datagrid bulkActionButtons={false} rowClick={false}>
              <HubDateField source="at" showTime />
              <TextField source="fromState" emptyText="—" />
              <TextField source="toState" />
              <FunctionField label="detail" render={(e: { detail?: unknown }) => (e.detail ? JSON.stringify(e.detail) : '')} />
            </Datagrid>
          </ArrayField>
        </Labeled>
        <Labeled label={translate('hub.transaction.refunds')}>
          <ArrayField source="refunds">
            <Datagrid bulkActionButtons={false} rowClick={false}>
              <TextField source="refundNo" />
              <MoneyField source="amountFen" />
              <StateChip source="state" />
              <TextField source="reason" emptyText="—" />
              <HubDateField source="createdAt" showTime />
            </Datagrid>
          </ArrayField>
        </Labeled>
      </SimpleShowLayout>
    </HubShow>
  );
}
