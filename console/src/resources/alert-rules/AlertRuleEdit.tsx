// A rule's kind does not change; the rest does (a disabled rule's alerts resolve).
import { Edit, SimpleForm } from 'react-admin';
import { AlertRuleInputs } from './AlertRuleInputs';

export function AlertRuleEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list" transform={({ name, threshold, windowMinutes, severity, openAfterMinutes, clearAfterMinutes, enabled }) => ({ name, threshold, windowMinutes, severity, openAfterMinutes, clearAfterMinutes, enabled })}>
      <SimpleForm mode="onBlur" reValidateMode="onBlur">
        <AlertRuleInputs withKind={false} />
      </SimpleForm>
    </Edit>
  );
}
