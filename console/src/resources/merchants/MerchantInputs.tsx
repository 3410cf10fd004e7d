// The fields a merchant has whatever its acquirer: what the create and edit forms
// share. The checks are the hub's (merchant-routes.ts), so a mistake is shown
// under its field before anything is sent.
import { BooleanInput, maxLength, regex, required, TextInput } from 'react-admin';
import { TradingHoursInput } from './TradingHoursInput';

export function MerchantInputs() {
  return (
    <>
      <TextInput source="name" validate={[required(), maxLength(200)]} />
      <TextInput source="merchantCategoryCode" validate={regex(/^[0-9]{4}$/, 'hub.merchant.mcc_format')} helperText="hub.merchant.mcc_help" />
      <TextInput source="city" validate={maxLength(100)} />
      <TextInput source="district" validate={maxLength(100)} />
      <TextInput source="businessArea" validate={maxLength(100)} />
      <TextInput source="timezone" defaultValue="Asia/Shanghai" validate={[required(), maxLength(64)]} helperText="hub.merchant.timezone_help" />
      <TradingHoursInput />
      <BooleanInput source="creditConsent" />
    </>
  );
}
