// What the canary measured when it stopped the campaign: updated screens against those not yet updated,
// over the same hours. Shown under the reason, so an operator sees the figures behind it.
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const ROWS = [
  ['screens', ''],
  ['payments', '_payments'],
  ['payments_failed', '_failed'],
  ['alerting', '_alerting'],
  ['restarts', '_restarts'],
  ['offline', '_offline'],
  ['screen_hours', '_hours'],
] as const;

export function PauseFigures() {
  const record = useRecordContext();
  const translate = useTranslate();
  const figures = record?.pauseFigures as Record<string, number | string> | null | undefined;
  if (!figures) return null;
  const value = (side: 'updated' | 'rest', suffix: string) => {
    const v = figures[`${side}${suffix}`];
    return typeof v === 'number' ? Math.round(v * 100) / 100 : '—';
  };
  return (
    <div data-testid="pause-figures">
      <Typography variant="subtitle2">
        {translate('hub.campaign.figures')} · {translate('hub.campaign.metric')}: {translate(`hub.campaign.${figures.metric === 'payments' ? 'payments_failed' : figures.metric}`)}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell />
            <TableCell>{translate('hub.campaign.updated_side')}</TableCell>
            <TableCell>{translate('hub.campaign.rest_side')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {ROWS.map(([label, suffix]) => (
            <TableRow key={label}>
              <TableCell>{translate(`hub.campaign.${label}`)}</TableCell>
              <TableCell>{value('updated', suffix)}</TableCell>
              <TableCell>{value('rest', suffix)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
