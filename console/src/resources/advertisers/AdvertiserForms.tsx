// Advertisers: a name, a category (a lower-case slug, as merchants block ads by
// it) and a contact; created and edited in forms checked as the hub checks them.
import { BooleanInput, Create, Edit, email, maxLength, regex, required, SimpleForm, TextInput } from 'react-admin';

const CATEGORY = /^[a-z0-9][a-z0-9_-]{0,63}$/;

function AdvertiserInputs({ editing }: { editing: boolean }) {
  return (
    <>
      <TextInput source="name" validate={[required(), maxLength(200)]} />
      <TextInput source="category" validate={[required(), regex(CATEGORY, 'hub.advertiser.category_format')]} helperText="hub.advertiser.category_help" />
      <TextInput source="contactEmail" type="email" validate={[email(), maxLength(320)]} />
      {editing && <BooleanInput source="disabled" />}
    </>
  );
}

export function AdvertiserCreate() {
  return (
    <Create redirect="list">
      <SimpleForm mode="onBlur" reValidateMode="onBlur">
        <AdvertiserInputs editing={false} />
      </SimpleForm>
    </Create>
  );
}

export function AdvertiserEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list" transform={({ name, category, contactEmail, disabled }) => ({ name, category, contactEmail: contactEmail || null, disabled })}>
      <SimpleForm mode="onBlur" reValidateMode="onBlur">
        <AdvertiserInputs editing />
      </SimpleForm>
    </Edit>
  );
}
