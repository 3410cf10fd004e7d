// One booking: what it buys, where, and the approval buttons.
import { NumberField, ReferenceField, SimpleShowLayout, TextField, FunctionField } from 'react-admin';
import { HubShow } from '../../common/HubShow';
import { MoneyField } from '../../common/MoneyField';
import { ReviewButtons } from '../../common/ReviewButtons';
import { StateChip } from '../../common/StateChip';
import { LabelField } from '../../common/LabelField';
import { HubDateField } from '../../common/HubDateField';

export function BookingShow() {
  return (
    <HubShow>
      <SimpleShowLayout>
        <TextField source="name" />
        <ReferenceField source="advertiserId" reference="advertisers" link={false} />
        <LabelField source="placement" prefix="hub.placement" />
        <StateChip source="state" />
        <HubDateField source="startsOn" />
        <HubDateField source="endsOn" />
        <LabelField source="pricing" prefix="hub.pricing" />
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
