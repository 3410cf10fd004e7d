// A store's merchant, name, address and position (what the screen map draws):
// latitude and longitude in degrees, checked as the hub checks them.
import { AutocompleteInput, maxLength, maxValue, minValue, NumberInput, ReferenceInput, required, TextInput } from 'react-admin';

export function StoreInputs({ withMerchant }: { withMerchant: boolean }) {
  return (
    <>
      {withMerchant && (
        <ReferenceInput source="merchantId" reference="merchants" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput optionText="name" validate={required()} filterToQuery={(q) => ({ q })} />
        </ReferenceInput>
      )}
      <TextInput source="name" validate={[required(), maxLength(200)]} />
      <TextInput source="address" validate={maxLength(500)} fullWidth />
      <NumberInput source="latitude" validate={[minValue(-90), maxValue(90)]} step={0.0001} />
      <NumberInput source="longitude" validate={[minValue(-180), maxValue(180)]} step={0.0001} />
    </>
  );
}
