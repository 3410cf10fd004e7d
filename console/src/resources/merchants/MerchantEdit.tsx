// A merchant's name, place, category and trading hours. Its credentials are not
// here: the hub never sends them back.
import { Edit, SimpleForm } from 'react-admin';
import { MerchantInputs } from './MerchantInputs';

export function MerchantEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm mode="onBlur" reValidateMode="onBlur">
        <MerchantInputs />
      </SimpleForm>
    </Edit>
  );
}
