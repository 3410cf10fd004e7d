// A new creative: its name, advertiser (none for a house ad), category and, for
// images, how long it shows. Its media is uploaded on its page next
// (CreativeMediaUpload), after which it waits for review.
import { AutocompleteInput, Create, maxValue, minValue, NumberInput, ReferenceInput, regex, required, maxLength, SimpleForm, TextInput } from 'react-admin';

export function CreativeCreate() {
  return (
    <Create redirect="show">
      <SimpleForm mode="onBlur" reValidateMode="onBlur">
        <TextInput source="name" validate={[required(), maxLength(200)]} />
        <ReferenceInput source="advertiserId" reference="advertisers" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
        </ReferenceInput>
        <TextInput source="category" validate={regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'hub.advertiser.category_format')} helperText="hub.advertiser.category_help" />
        <NumberInput source="durationMs" validate={[minValue(1000), maxValue(600_000)]} helperText="hub.creative.duration_help" />
      </SimpleForm>
    </Create>
  );
}
