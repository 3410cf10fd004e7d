// Runs reconciliation of one merchant for one China Standard Time day
// (POST /api/merchants/:id/reconciliations {date}); the report joins the list.
import { useState } from 'react';
import { Box, Button, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useHubAction } from '../../common/useHubAction';
import { dataProvider } from '../../dataProvider';

const yesterdayInChina = () => new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);

export function ReconcileButton({ merchantId }: { merchantId: string }) {
  const translate = useTranslate();
  const [date, setDate] = useState(yesterdayInChina);
  const { busy, run: act } = useHubAction();
  const run = () => act(() => dataProvider.send('POST', `/merchants/${merchantId}/reconciliations`, { date }));
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 1 }}>
      <TextField size="small" type="date" label={translate('hub.action.date')} value={date} onChange={(e) => setDate(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
      <Button variant="outlined" disabled={busy} onClick={run}>
        {translate('hub.action.run_reconciliation')}
      </Button>
    </Box>
  );
}
