import { Create, SimpleForm } from 'react-admin';
import { AlertRuleInputs } from './AlertRuleInputs';

export function AlertRuleCreate() {
  return (
    <Create redirect="list">
      <SimpleForm mode="onBlur" reValidateMode="onBlur">
        <AlertRuleInputs withKind />
      </SimpleForm>
    </Create>
  );
}
