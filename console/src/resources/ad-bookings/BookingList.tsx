// Ad bookings; those pending approval can be approved or rejected from the list.
import { Datagrid, List, NumberField, ReferenceField, SearchInput, SelectInput, TextField } from 'react-admin';
import { MoneyField } from '../../common/MoneyField';
import { ReviewButtons } from '../../common/ReviewButtons';
import { StateChip } from '../../common/StateChip';
import { LabelField } from '../../common/LabelField';
import { useLabelledChoices } from '../../common/LabelField';
import { HubDateField } from '../../common/HubDateField';

const STATES = ['held', 'pending_approval', 'approved', 'live', 'completed', 'cancelled'];

export function BookingList() {
  const states = useLabelledChoices(STATES, 'hub.state');
  return (
    <List filters={[<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="state" source="state" choices={states} alwaysOn />]} sort={{ field: 'createdAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <ReferenceField source="advertiserId" reference="advertisers" link={false} sortable={false} />
        <LabelField source="placement" prefix="hub.placement" sortable={false} />
        <StateChip source="state" />
        <HubDateField source="startsOn" />
        <HubDateField source="endsOn" sortable={false} />
        <LabelField source="pricing" prefix="hub.pricing" sortable={false} />
        <MoneyField source="priceFen" />
        <NumberField source="screenCount" sortable={false} />
        <ReviewButtons resource="ad-bookings" reviewable={['pending_approval']} noteKey="reason" />
      </Datagrid>
    </List>
  );
}
