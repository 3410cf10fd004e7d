// Runs reconciliation of one merchant for one China Standard Time day
// (POST /api/merchants/:id/reconciliations {date}); the report joins the list.
import { useState } from 'react';
import { Box, Button, TextField } from '@mui/material';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { dataProvider } from '../../dataProvider';

const yesterdayInChina = () => new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);

export function ReconcileButton({ merchantId }: { merchantId: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [date, setDate] = useState(yesterdayInChina);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await dataProvider.send('POST', `/merchants/${merchantId}/reconciliations`, { date });
      notify(translate('hub.action.done'), { type: 'success' });
      refresh();
    } catch (err) {
      notify((err as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 1 }}>
      <TextField size="small" type="date" label={translate('hub.action.date')} value={date} onChange={(e) => setDate(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
      <Button variant="outlined" disabled={busy} onClick={run}>
        {translate('hub.action.run_reconciliation')}
      </Button>
    </Box>
  );
}
