// One reconciliation report: how many lines matched, and each difference found.
import { ArrayField, Datagrid, NumberField, ReferenceField, SimpleShowLayout, TextField } from 'react-admin';
import { HubShow } from '../../common/HubShow';
import { MoneyField } from '../../common/MoneyField';
import { HubDateField } from '../../common/HubDateField';

export function ReconciliationShow() {
  return (
    <HubShow>
      <SimpleShowLayout>
        <ReferenceField source="merchantId" reference="merchants" link="show" />
        <HubDateField source="date" />
        <NumberField source="matched" />
        <NumberField source="mismatched" />
        <ArrayField source="items">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <TextField source="kind" />
            <TextField source="lineType" />
            <TextField source="orderNo" emptyText="—" />
            <TextField source="refundNo" emptyText="—" />
            <MoneyField source="hubAmountFen" />
            <MoneyField source="acquirerAmountFen" />
            <TextField source="hubState" emptyText="—" />
            <TextField source="detail" emptyText="—" />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </HubShow>
  );
}
