// "Add a store" on a merchant's stores tab: the store form with the merchant chosen.
import { Button } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';

export function AddStoreButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Button component={Link} to={`/stores/create?merchantId=${record.id}`} size="small" variant="outlined" data-testid="add-store">
      {translate('hub.merchant.add_store')}
    </Button>
  );
}
