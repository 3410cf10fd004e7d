// The month's ad revenue statement (GET /api/ad-revenue/statements?month=):
// the total, each party's share, one line per merchant and per booking, in fen.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { formatFen } from '../common/MoneyField';
import { dataProvider } from '../dataProvider';

interface Statement {
  month: string;
  totalFen: number;
  operatorFen: number;
  bankFen: number;
  merchantsFen: number;
  lines: Array<{ merchantId: string | null; merchantName: string | null; completedPlays: number; revenueFen: number; operatorFen: number; bankFen: number; merchantFen: number }>;
  bookings: Array<{ bookingId: string; name: string; pricing: string; revenueFen: number; budgetReached: boolean }>;
}

export function RevenueStatements() {
  const translate = useTranslate();
  const [month, setMonth] = useState(new Date().toISOString().slice(0, 7));
  const statement = useQuery({
    queryKey: ['ad-revenue', month],
    queryFn: async () => (await dataProvider.send<Statement>('GET', `/ad-revenue/statements?month=${month}`)).data,
  });
  const s = statement.data;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('hub.reports.revenue')} />
      <CardContent>
        <TextField size="small" type="month" label={translate('hub.reports.month')} value={month} onChange={(e) => setMonth(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
        {statement.error ? <Typography color="error">{(statement.error as Error).message}</Typography> : null}
        {s ? (
          <Box sx={{ mt: 2 }} data-testid="revenue-statement">
            <Typography>
              {translate('hub.reports.total')}: {formatFen(s.totalFen)} · {translate('hub.reports.operator_share')}: {formatFen(s.operatorFen)} · {translate('hub.reports.bank_share')}: {formatFen(s.bankFen)} · {translate('hub.reports.merchants_share')}: {formatFen(s.merchantsFen)}
            </Typography>
            <Table size="small">
              <TableHead>
                <TableRow>{['merchant', 'completedPlays', 'revenue', 'operator', 'bank', 'merchantShare'].map((h) => <TableCell key={h}>{translate(`hub.reports.column.${h}`)}</TableCell>)}</TableRow>
              </TableHead>
              <TableBody>
                {s.lines.map((l) => (
                  <TableRow key={l.merchantId ?? 'none'}>
                    <TableCell>{l.merchantName ?? '—'}</TableCell>
                    <TableCell>{l.completedPlays}</TableCell>
                    <TableCell>{formatFen(l.revenueFen)}</TableCell>
                    <TableCell>{formatFen(l.operatorFen)}</TableCell>
                    <TableCell>{formatFen(l.bankFen)}</TableCell>
                    <TableCell>{formatFen(l.merchantFen)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Table size="small" sx={{ mt: 2 }}>
              <TableHead>
                <TableRow>{['booking', 'pricing', 'revenue', 'budgetReached'].map((h) => <TableCell key={h}>{translate(`hub.reports.column.${h}`)}</TableCell>)}</TableRow>
              </TableHead>
              <TableBody>
                {s.bookings.map((b) => (
                  <TableRow key={b.bookingId}>
                    <TableCell>{b.name}</TableCell>
                    <TableCell>{translate(`hub.pricing.${b.pricing}`, { _: b.pricing })}</TableCell>
                    <TableCell>{formatFen(b.revenueFen)}</TableCell>
                    <TableCell>{b.budgetReached ? '✓' : ''}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        ) : null}
      </CardContent>
    </Card>
  );
}
