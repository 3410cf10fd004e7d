// Ad delivery reports (GET /api/ad-reports): plays, completed plays and booked
// plays, and the plays kept but not billed with why, grouped by booking,
// advertiser, screen, merchant or hour.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Box, Card, CardContent, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { dataProvider } from '../dataProvider';

interface ReportRow {
  id: string;
  name: string;
  plays: number;
  completedPlays: number;
  playSeconds: number;
  bookedPlays: number;
  underDelivered: boolean;
  unbilledPlays: number;
  unbilledReasons: Record<string, number>;
}

const GROUPS = ['booking', 'advertiser', 'screen', 'merchant', 'hour'] as const;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

export function AdReports() {
  const translate = useTranslate();
  const [groupBy, setGroupBy] = useState<(typeof GROUPS)[number]>('booking');
  const [from, setFrom] = useState(daysAgo(30));
  const [to, setTo] = useState(daysAgo(-1));
  const report = useQuery({
    queryKey: ['ad-reports', groupBy, from, to],
    queryFn: async () => (await dataProvider.send<ReportRow[]>('GET', `/ad-reports?groupBy=${groupBy}&from=${from}&to=${to}`)).data,
  });
  const rows = report.data ?? [];
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('hub.reports.ad_reports')} />
      <CardContent>
        <Box sx={{ display: 'flex', gap: 2, mb: 2 }}>
          <TextField select size="small" label={translate('hub.reports.group_by')} value={groupBy} onChange={(e) => setGroupBy(e.target.value as (typeof GROUPS)[number])} sx={{ width: 160 }}>
            {GROUPS.map((g) => <MenuItem key={g} value={g}>{g}</MenuItem>)}
          </TextField>
          <TextField size="small" type="date" label={translate('hub.reports.from')} value={from} onChange={(e) => setFrom(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
          <TextField size="small" type="date" label={translate('hub.reports.to')} value={to} onChange={(e) => setTo(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
        </Box>
        {report.error ? <Typography color="error">{(report.error as Error).message}</Typography> : null}
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={rows.slice(0, 30)}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="completedPlays" name={translate('hub.reports.column.completedPlays')} fill="#2e7d32" />
            <Bar dataKey="bookedPlays" name={translate('hub.reports.column.bookedPlays')} fill="#90a4ae" />
          </BarChart>
        </ResponsiveContainer>
        <Table size="small" data-testid="ad-report-table">
          <TableHead>
            <TableRow>
              {['name', 'plays', 'completedPlays', 'playSeconds', 'bookedPlays'].map((h) => <TableCell key={h}>{translate(`hub.reports.column.${h}`)}</TableCell>)}
              <TableCell>{translate('hub.reports.under_delivered')}</TableCell>
              <TableCell>{translate('hub.reports.unbilled')}</TableCell>
              <TableCell>{translate('hub.reports.unbilled_reasons')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{r.name}</TableCell>
                <TableCell>{r.plays}</TableCell>
                <TableCell>{r.completedPlays}</TableCell>
                <TableCell>{r.playSeconds}</TableCell>
                <TableCell>{r.bookedPlays}</TableCell>
                <TableCell>{r.underDelivered ? '⚠' : ''}</TableCell>
                <TableCell data-testid="unbilled-plays">{r.unbilledPlays}</TableCell>
                <TableCell>{Object.entries(r.unbilledReasons ?? {}).map(([reason, n]) => `${translate(`hub.unbilled.${reason}`)}: ${n}`).join(', ')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
