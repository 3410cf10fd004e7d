// The bank's view of its fleet of merchants (GET /api/insights/fleet and
// /fleet/history): how many are active as of the last closed day, newly
// active and gone quiet, the activity rate over time, a breakdown by city,
// district, business area or category, growth bands and onboarding cohorts;
// the month's credit export to download, and the tenant's thresholds.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Box, Card, CardContent, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatFen } from '../common/MoneyField';
import { dataProvider } from '../dataProvider';
import { CreditExport } from './CreditExport';
import { InsightThresholds } from './InsightThresholds';

interface Activity {
  merchants: number;
  active: number;
  activityRate: number;
  newlyActive: number;
  goneQuiet: number;
  takings30dFen: number;
}
interface Fleet extends Activity {
  asOf: string | null;
  activeMinPayments: number;
  groups: Array<Activity & { key: string | null }>;
  growth: Array<{ band: string; merchants: number }>;
  cohorts: Array<{ month: string; merchants: number; active: number; activityRate: number }>;
}

const DIMENSIONS = ['city', 'district', 'businessArea', 'category'];
const BANDS = ['new', 'growing', 'steady', 'shrinking', 'stopped', 'idle'];
const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;

export function FleetActivity() {
  const translate = useTranslate();
  const [by, setBy] = useState('city');
  const fleet = useQuery({ queryKey: ['insights-fleet', by], queryFn: async () => (await dataProvider.send<Fleet>('GET', `/insights/fleet?by=${by}`)).data });
  const history = useQuery({
    queryKey: ['insights-fleet-history'],
    queryFn: async () => (await dataProvider.send<Array<{ day: string; activityRate: number }>>('GET', '/insights/fleet/history')).data,
  });
  const f = fleet.data;
  return (
    <Stack spacing={2} sx={{ mt: 2 }} data-testid="fleet-activity">
      <Title title={translate('hub.insights.merchant_activity')} />
      {fleet.error ? <Typography color="error">{(fleet.error as Error).message}</Typography> : null}
      {f ? (
        <>
          <Typography color="text.secondary">
            {f.asOf ? translate('hub.insights.as_of', { day: f.asOf }) : translate('hub.insights.not_closed')} · {translate('hub.insights.active_help', { count: f.activeMinPayments })}
          </Typography>
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: 1 }}>
            {(
              [
                ['merchants', String(f.merchants)],
                ['active', String(f.active)],
                ['activity_rate', percent(f.activityRate)],
                ['newly_active', String(f.newlyActive)],
                ['gone_quiet', String(f.goneQuiet)],
                ['takings_30d', formatFen(f.takings30dFen)],
              ] as const
            ).map(([key, value]) => (
              <Card key={key} variant="outlined" data-testid={`fleet-${key}`}>
                <CardContent>
                  <Typography variant="caption" color="text.secondary">{translate(`hub.insights.${key}`)}</Typography>
                  <Typography variant="h5">{value}</Typography>
                </CardContent>
              </Card>
            ))}
          </Box>
        </>
      ) : null}
      <Card variant="outlined">
        <CardContent>
          <Typography variant="subtitle2">{translate('hub.insights.activity_over_time')}</Typography>
          <Box sx={{ height: 240 }}>
            <ResponsiveContainer>
              <LineChart data={(history.data ?? []).map((d) => ({ day: d.day, rate: Math.round(d.activityRate * 1000) / 10 }))}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="day" />
                <YAxis unit="%" domain={[0, 100]} />
                <Tooltip formatter={(rate) => `${String(rate)}%`} />
                {/* Dots while the days are few: a tenant's first closed day is one point, which draws no line. */}
                <Line dataKey="rate" name={translate('hub.insights.activity_rate')} stroke="#2e7d32" dot={(history.data ?? []).length < 40} isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          </Box>
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <TextField select size="small" label={translate('hub.insights.breakdown')} value={by} onChange={(e) => setBy(e.target.value)} fullWidth={false} sx={{ width: 200 }}>
            {DIMENSIONS.map((d) => (
              <MenuItem key={d} value={d}>{translate(`hub.insights.dimension.${d}`)}</MenuItem>
            ))}
          </TextField>
          <Table size="small" data-testid="fleet-breakdown">
            <TableHead>
              <TableRow>
                {[`dimension.${by}`, 'merchants', 'active', 'activity_rate', 'newly_active', 'gone_quiet', 'takings_30d'].map((h) => <TableCell key={h}>{translate(`hub.insights.${h}`)}</TableCell>)}
              </TableRow>
            </TableHead>
            <TableBody>
              {(f?.groups ?? []).map((g) => (
                <TableRow key={g.key ?? ''}>
                  <TableCell>{g.key ?? translate('hub.insights.none')}</TableCell>
                  <TableCell>{g.merchants}</TableCell>
                  <TableCell>{g.active}</TableCell>
                  <TableCell>{percent(g.activityRate)}</TableCell>
                  <TableCell>{g.newlyActive}</TableCell>
                  <TableCell>{g.goneQuiet}</TableCell>
                  <TableCell>{formatFen(g.takings30dFen)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      {f ? (
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: 2 }}>
          <Card variant="outlined">
            <CardContent>
              <Typography variant="subtitle2">{translate('hub.insights.growth')}</Typography>
              <Table size="small">
                <TableBody>
                  {BANDS.map((band) => (
                    <TableRow key={band}>
                      <TableCell>{translate(`hub.insights.band.${band}`)}</TableCell>
                      <TableCell>{f.growth.find((g) => g.band === band)?.merchants ?? 0}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </CardContent>
          </Card>
          <Card variant="outlined">
            <CardContent>
              <Typography variant="subtitle2">{translate('hub.insights.cohorts')}</Typography>
              <Table size="small" sx={{ '& th, & td': { whiteSpace: 'nowrap' } }}>
                <TableHead>
                  <TableRow>{['joined', 'merchants', 'active', 'activity_rate'].map((h) => <TableCell key={h}>{translate(`hub.insights.${h}`)}</TableCell>)}</TableRow>
                </TableHead>
                <TableBody>
                  {f.cohorts.slice(-12).map((c) => (
                    <TableRow key={c.month}>
                      <TableCell>{c.month}</TableCell>
                      <TableCell>{c.merchants}</TableCell>
                      <TableCell>{c.active}</TableCell>
                      <TableCell>{percent(c.activityRate)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </CardContent>
          </Card>
        </Box>
      ) : null}
      <CreditExport />
      <InsightThresholds />
    </Stack>
  );
}
