// Refund part or all of a payment (POST /api/transactions/:id/refunds). The amount
// is typed in yuan and sent in fen; a fresh refundNo per click keeps a double
// submit from refunding twice (the hub is idempotent by refundNo).
import { useMemo, useState } from 'react';
import { Box, Button, TextField } from '@mui/material';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { dataProvider } from '../../dataProvider';

export function RefundForm() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [yuan, setYuan] = useState('');
  const [reason, setReason] = useState('');
  const refundNo = useMemo(() => `console-${crypto.randomUUID()}`, [record?.refundedFen]);
  if (!record || !['succeeded', 'refunded'].includes(String(record.state))) return null;
  const submit = async () => {
    const amountFen = Math.round(Number(yuan) * 100);
    try {
      await dataProvider.action('transactions', record.id, 'refunds', { amountFen, refundNo, ...(reason ? { reason } : {}) });
      notify(translate('hub.action.done'), { type: 'success' });
      setYuan('');
      refresh();
    } catch (err) {
      notify((err as Error).message, { type: 'error' });
    }
  };
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
      <TextField size="small" label={translate('hub.action.refund_amount')} value={yuan} onChange={(e) => setYuan(e.target.value)} sx={{ width: 140 }} />
      <TextField size="small" label={translate('hub.action.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      <Button variant="contained" color="warning" disabled={!(Number(yuan) > 0)} onClick={submit}>
        {translate('hub.action.refund')}
      </Button>
    </Box>
  );
}
