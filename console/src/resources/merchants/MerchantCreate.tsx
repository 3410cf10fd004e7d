// A new merchant with its acquirer credentials. The credentials go to the hub
// once, sealed there, and are never shown again (the edit form has none).
import { Create, FormDataConsumer, PasswordInput, regex, required, SelectInput, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { MerchantInputs } from './MerchantInputs';

const PEM = (value: string | undefined) => (value && !value.includes('-----BEGIN') ? 'hub.merchant.pem_format' : undefined);
const atLeast100 = (value: string | undefined) => (value && value.length < 100 ? 'hub.merchant.key_too_short' : undefined);

export function MerchantCreate() {
  const translate = useTranslate();
  const acquirers = [{ id: 'alipay', name: translate('hub.channel.alipay') }, { id: 'wechat', name: translate('hub.channel.wechat') }];
  return (
    <Create redirect="show">
      <SimpleForm mode="onBlur" reValidateMode="onBlur">
        <MerchantInputs />
        <SelectInput source="acquirer" choices={acquirers} validate={required()} />
        <FormDataConsumer>
          {({ formData }) =>
            formData.acquirer === 'alipay' ? (
              <>
                <TextInput source="credentials.appId" label="hub.merchant.app_id" validate={[required(), regex(/^[0-9]{8,32}$/, 'hub.merchant.alipay_app_id')]} />
                <PasswordInput source="credentials.privateKey" label="hub.merchant.private_key" multiline validate={[required(), atLeast100, PEM]} />
                <TextInput source="credentials.alipayPublicKey" label="hub.merchant.alipay_public_key" multiline minRows={3} validate={[required(), atLeast100, PEM]} fullWidth />
                <TextInput source="credentials.gateway" label="hub.merchant.gateway" type="url" helperText="hub.merchant.gateway_help" fullWidth />
              </>
            ) : formData.acquirer === 'wechat' ? (
              <>
                <TextInput source="credentials.appId" label="hub.merchant.app_id" validate={[required(), regex(/^wx[0-9a-f]{16}$/, 'hub.merchant.wechat_app_id')]} />
                <TextInput source="credentials.mchId" label="hub.merchant.mch_id" validate={[required(), regex(/^[0-9]{8,12}$/, 'hub.merchant.mch_id_format')]} />
                <PasswordInput source="credentials.apiKey" label="hub.merchant.api_key" validate={[required(), regex(/^.{32}$/, 'hub.merchant.api_key_format')]} />
                <TextInput source="credentials.gateway" label="hub.merchant.gateway" type="url" helperText="hub.merchant.gateway_help" fullWidth />
              </>
            ) : null
          }
        </FormDataConsumer>
      </SimpleForm>
    </Create>
  );
}
