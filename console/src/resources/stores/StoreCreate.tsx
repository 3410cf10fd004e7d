// A new store of a merchant; opened from a merchant's page it is that merchant's.
import { Create, SimpleForm } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { StoreInputs } from './StoreInputs';

export function StoreCreate() {
  const merchantId = new URLSearchParams(useLocation().search).get('merchantId') ?? undefined;
  return (
    <Create redirect={merchantId ? `/merchants/${merchantId}/show/stores` : 'list'}>
      <SimpleForm mode="onBlur" reValidateMode="onBlur" defaultValues={{ merchantId }}>
        <StoreInputs withMerchant />
      </SimpleForm>
    </Create>
  );
}
