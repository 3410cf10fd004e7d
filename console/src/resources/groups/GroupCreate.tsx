// A new group: static (screens are added to it, from the screens list's bulk
// actions) or dynamic (a registry query, previewed while typed).
import { Create, FormDataConsumer, maxLength, maxValue, minValue, NumberInput, RadioButtonGroupInput, regex, required, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { QueryPreview } from './QueryPreview';

export const NAME_RULES = [required(), maxLength(100), regex(/^[^"\\]+$/, 'hub.group.name_format')];
export const PRIORITY_RULES = [minValue(-1000), maxValue(1000)];

export function GroupCreate() {
  const translate = useTranslate();
  const kinds = [{ id: 'static', name: translate('hub.group.static') }, { id: 'dynamic', name: translate('hub.group.dynamic') }];
  return (
    <Create redirect="show">
      <SimpleForm mode="onBlur" reValidateMode="onBlur" defaultValues={{ kind: 'static', priority: 0 }}>
        <TextInput source="name" validate={NAME_RULES} />
        <RadioButtonGroupInput source="kind" choices={kinds} validate={required()} />
        <FormDataConsumer>
          {({ formData }) => formData.kind === 'dynamic' && (
            <>
              <TextInput source="query" validate={[required(), maxLength(4000)]} fullWidth helperText='city = "杭州" and tags has "vip"' />
              <QueryPreview />
            </>
          )}
        </FormDataConsumer>
        <NumberInput source="priority" validate={PRIORITY_RULES} helperText="hub.group.priority_help" />
      </SimpleForm>
    </Create>
  );
}
