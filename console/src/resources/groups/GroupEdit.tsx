// A group's name, priority and (dynamic) query; its kind does not change.
import { Edit, FormDataConsumer, maxLength, NumberInput, required, SimpleForm, TextInput } from 'react-admin';
import { NAME_RULES, PRIORITY_RULES } from './GroupCreate';
import { QueryPreview } from './QueryPreview';

export function GroupEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" transform={({ name, priority, query, kind }) => (kind === 'dynamic' ? { name, priority, query } : { name, priority })}>
      <SimpleForm mode="onBlur" reValidateMode="onBlur">
        <TextInput source="name" validate={NAME_RULES} />
        <FormDataConsumer>
          {({ formData }) => formData.kind === 'dynamic' && (
            <>
              <TextInput source="query" validate={[required(), maxLength(4000)]} fullWidth />
              <QueryPreview />
            </>
          )}
        </FormDataConsumer>
        <NumberInput source="priority" validate={PRIORITY_RULES} />
      </SimpleForm>
    </Edit>
  );
}
