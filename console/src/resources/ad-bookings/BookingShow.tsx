// One booking: what it buys, where, and the approval buttons.
import { DateField, NumberField, ReferenceField, SimpleShowLayout, TextField, FunctionField } from 'react-admin';
import { HubShow } from '../../common/HubShow';
import { MoneyField } from '../../common/MoneyField';
import { ReviewButtons } from '../../common/ReviewButtons';
import { StateChip } from '../../common/StateChip';

export function BookingShow() {
  return (
    <HubShow>
      <SimpleShowLayout>
        <TextField source="name" />
        <ReferenceField source="advertiserId" reference="advertisers" link={false} />
        <TextField source="placement" />
        <StateChip source="state" />
        <DateField source="startsOn" />
        <DateField source="endsOn" />
        <TextField source="pricing" />
        <MoneyField source="priceFen" />
        <MoneyField source="budgetFen" />
        <NumberField source="slotsPerLoop" />
        <NumberField source="screenCount" />
        <FunctionField label="targeting" render={(b: { targeting?: unknown }) => JSON.stringify(b.targeting ?? {})} />
        <TextField source="cancelReason" emptyText="—" />
        <ReviewButtons resource="ad-bookings" reviewable={['pending_approval']} noteKey="reason" />
      </SimpleShowLayout>
    </HubShow>
  );
}
