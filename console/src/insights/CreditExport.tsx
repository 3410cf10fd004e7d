// The bank's credit export for a month, downloaded as CSV through the
// operator's session (a bare link would carry no token).
import { useState } from 'react';
import { Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { fetchBlob } from '../httpClient';

/** Months offered: the current one (its days so far) and the two years before, as the hub's months are China's. */
const MONTHS_OFFERED = 25;

/** YYYY-MM of the China month `back` months before the current one. */
function monthBefore(back: number): string {
  const china = new Date(Date.now() + 8 * 3600_000);
  return new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
}

export function CreditExport() {
  const translate = useTranslate();
  const notify = useNotify();
  const months = Array.from({ length: MONTHS_OFFERED }, (_, back) => monthBefore(back));
  // The last whole month by default: what a credit system usually asks for.
  const [month, setMonth] = useState(months[1]!);
  const download = async () => {
    try {
      const blob = await fetchBlob(`/insights/credit-export?month=${month}&format=csv`);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `credit-export-${month}.csv`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (err) {
      notify((err as Error).message, { type: 'error' });
    }
  };
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle2">{translate('hub.insights.credit_export')}</Typography>
        <Typography variant="body2" color="text.secondary">{translate('hub.insights.credit_help')}</Typography>
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <TextField select size="small" label={translate('hub.reports.month')} value={month} onChange={(e) => setMonth(e.target.value)} fullWidth={false} sx={{ width: 180 }} data-testid="credit-export-month">
            {months.map((m) => (
              <MenuItem key={m} value={m}>{m}</MenuItem>
            ))}
          </TextField>
          <Button variant="outlined" onClick={download} sx={{ whiteSpace: 'nowrap' }} data-testid="credit-export-download">{translate('hub.insights.download_csv')}</Button>
        </Stack>
      </CardContent>
    </Card>
  );
}
