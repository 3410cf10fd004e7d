// The bank's closed discount statements: per day the payments, their subsidy,
// what is taken back for payments refunded after their own statement closed,
// and what the bank owes; a day's lines per campaign and merchant; and a
// line's payments, the ones behind its figures.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { formatFen } from '../common/MoneyField';
import { dataProvider } from '../dataProvider';

interface Day { day: string; payments: number; subsidyFen: number; clawbackFen: number; owedFen: number }
interface Line { campaignId: string; campaignName: string; merchantId: string; merchantName: string; payments: number; ticketFen: number; chargedFen: number; subsidyFen: number; clawbacks: number; clawbackFen: number; owedFen: number }
interface Payment { transactionId: string; orderNo: string; deviceId: string; ticketFen: number; chargedFen: number; discountFen: number; paidAt: string | null; kind: 'subsidy' | 'clawback' }

const chinaDay = (offsetDays = 0) => new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

export function DiscountStatements() {
  const translate = useTranslate();
  const [from, setFrom] = useState(chinaDay(-30));
  const [to, setTo] = useState(chinaDay());
  const [day, setDay] = useState<string>();
  const [line, setLine] = useState<Line>();
  const days = useQuery({ queryKey: ['discount-days', from, to], queryFn: async () => (await dataProvider.send<Day[]>('GET', `/discount-statements?from=${from}&to=${to}`)).data });
  const lines = useQuery({ queryKey: ['discount-day', day], enabled: !!day, queryFn: async () => (await dataProvider.send<{ lines: Line[] }>('GET', `/discount-statements/${day}`)).data.lines });
  const payments = useQuery({
    queryKey: ['discount-payments', day, line?.campaignId, line?.merchantId],
    enabled: !!day && !!line,
    queryFn: async () => (await dataProvider.send<Payment[]>('GET', `/discount-statements/${day}/payments?campaignId=${line!.campaignId}&merchantId=${line!.merchantId}`)).data,
  });
  const dateField = (label: string, value: string, set: (v: string) => void) => (
    <TextField size="small" type="date" label={translate(label)} value={value} onChange={(e) => set(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
  );
  return (
    <Stack spacing={2} sx={{ mt: 2 }} data-testid="discount-statements">
      <Title title={translate('hub.discounts.statements')} />
      <Card variant="outlined">
        <CardContent>
          <Stack direction="row" spacing={1}>
            {dateField('hub.reports.from', from, setFrom)}
            {dateField('hub.reports.to', to, setTo)}
          </Stack>
          {days.error ? <Typography color="error">{(days.error as Error).message}</Typography> : null}
          {days.data && days.data.length === 0 ? <Typography color="text.secondary">{translate('hub.discounts.no_statement')}</Typography> : null}
          <Table size="small">
            <TableBody>
              {(days.data ?? []).map((d) => (
                <TableRow key={d.day} hover selected={d.day === day} onClick={() => (setDay(d.day), setLine(undefined))} sx={{ cursor: 'pointer' }}>
                  <TableCell>{d.day}</TableCell>
                  <TableCell>{d.payments}</TableCell>
                  <TableCell>{formatFen(d.subsidyFen)}</TableCell>
                  <TableCell>{d.clawbackFen ? `−${formatFen(d.clawbackFen)}` : ''}</TableCell>
                  <TableCell>{formatFen(d.owedFen)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      {lines.data ? (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="subtitle2">{day}</Typography>
            <Table size="small" data-testid="discount-lines">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.discount-campaigns.name', { smart_count: 1 })}</TableCell>
                  <TableCell>{translate('resources.merchants.name', { smart_count: 1 })}</TableCell>
                  <TableCell>{translate('hub.insights.payments')}</TableCell>
                  <TableCell>{translate('hub.discounts.ticket')}</TableCell>
                  <TableCell>{translate('hub.discounts.charged')}</TableCell>
                  <TableCell>{translate('hub.discounts.subsidy')}</TableCell>
                  <TableCell>{translate('hub.discounts.clawback')}</TableCell>
                  <TableCell>{translate('hub.discounts.owed')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {lines.data.map((l) => (
                  <TableRow key={`${l.campaignId}${l.merchantId}`} hover onClick={() => setLine(l)} sx={{ cursor: 'pointer' }}>
                    <TableCell>{l.campaignName}</TableCell>
                    <TableCell>{l.merchantName}</TableCell>
                    <TableCell>{l.payments}</TableCell>
                    <TableCell>{formatFen(l.ticketFen)}</TableCell>
                    <TableCell>{formatFen(l.chargedFen)}</TableCell>
                    <TableCell>{formatFen(l.subsidyFen)}</TableCell>
                    <TableCell>{l.clawbacks ? `${l.clawbacks} · −${formatFen(l.clawbackFen)}` : ''}</TableCell>
                    <TableCell>{formatFen(l.owedFen)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      ) : null}
      {payments.data ? (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="subtitle2">{translate('hub.discounts.payments_behind')}</Typography>
            <Table size="small" data-testid="discount-payments">
              <TableBody>
                {payments.data.map((p) => (
                  <TableRow key={p.transactionId}>
                    <TableCell>{p.orderNo}</TableCell>
                    <TableCell>{p.deviceId}</TableCell>
                    <TableCell>{formatFen(p.ticketFen)}</TableCell>
                    <TableCell>{formatFen(p.chargedFen)}</TableCell>
                    <TableCell>{formatFen(p.discountFen)}</TableCell>
                    <TableCell>{p.kind === 'clawback' ? translate('hub.discounts.clawback_payment') : ''}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      ) : null}
    </Stack>
  );
}
