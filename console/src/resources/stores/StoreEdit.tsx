// A store's name, address and position; its merchant does not change.
import { Edit, SimpleForm } from 'react-admin';
import { StoreInputs } from './StoreInputs';

export function StoreEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm mode="onBlur" reValidateMode="onBlur">
        <StoreInputs withMerchant={false} />
      </SimpleForm>
    </Edit>
  );
}
