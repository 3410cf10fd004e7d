// The bank's credit export for a month, downloaded as CSV through the
// operator's session (a bare link would carry no token).
import { useState } from 'react';
import { Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { fetchBlob } from '../httpClient';

export function CreditExport() {
  const translate = useTranslate();
  const notify = useNotify();
  const [month, setMonth] = useState(new Date(Date.now() + 8 * 3600_000 - 28 * 86_400_000).toISOString().slice(0, 7));
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
          <TextField size="small" type="month" label={translate('hub.reports.month')} value={month} onChange={(e) => setMonth(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
          <Button variant="outlined" onClick={download} data-testid="credit-export-download">{translate('hub.insights.download_csv')}</Button>
        </Stack>
      </CardContent>
    </Card>
  );
}
