// An alert rule's fields, as the hub checks them: what it watches and its
// threshold (in the kind's unit), the look-back for counted kinds, severity, and
// the hold-off both ways that keeps a screen at the threshold from flapping.
import { BooleanInput, maxLength, maxValue, minValue, NumberInput, required, SelectInput, TextInput, useTranslate } from 'react-admin';
import { useLabelledChoices } from '../../common/LabelField';

export const RULE_KINDS = ['offline', 'temperature_above', 'free_storage_below', 'repeated_reboots', 'payment_failure_rate'];

export function AlertRuleInputs({ withKind }: { withKind: boolean }) {
  const translate = useTranslate();
  const kinds = useLabelledChoices(RULE_KINDS, 'hub.alert_kind');
  const severities = useLabelledChoices(['critical', 'warning', 'info'], 'hub.severity');
  return (
    <>
      <TextInput source="name" validate={[required(), maxLength(200)]} />
      {withKind && <SelectInput source="kind" choices={kinds} validate={required()} />}
      <NumberInput source="threshold" validate={[required(), minValue(0), maxValue(1_000_000)]} helperText={translate('hub.rule.threshold_help')} />
      <NumberInput source="windowMinutes" validate={[minValue(1), maxValue(10_080)]} helperText={translate('hub.rule.window_help')} />
      <SelectInput source="severity" choices={severities} defaultValue="warning" />
      <NumberInput source="openAfterMinutes" defaultValue={0} validate={[minValue(0), maxValue(1440)]} helperText={translate('hub.rule.open_after_help')} />
      <NumberInput source="clearAfterMinutes" defaultValue={0} validate={[minValue(0), maxValue(1440)]} helperText={translate('hub.rule.clear_after_help')} />
      <BooleanInput source="enabled" defaultValue />
    </>
  );
}
