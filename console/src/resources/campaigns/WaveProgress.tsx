// Progress per wave as stacked bars: a glance shows which wave is moving and where failures are.
// Deferred screens (they waited for a payment to end or the shop to close) are a bar of their own:
// they are never failures and never stop a campaign.
import { Box, Typography } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useRecordContext, useTranslate } from 'react-admin';

type States = Record<string, number>;
interface Wave {
  wave: number;
  percent: number;
  devices: number;
  states: States;
}

const IN_PROGRESS = ['offered', 'downloading', 'downloaded', 'verifying', 'waiting', 'installing'];
const FAILED = ['failed', 'rolled_back'];
const sum = (s: States, keys: string[]) => keys.reduce((n, k) => n + (s[k] ?? 0), 0);
const BARS = [
  ['succeeded', '#2e7d32'],
  ['in_progress', '#0288d1'],
  ['failed', '#d32f2f'],
  ['expired', '#ef6c00'],
  ['superseded', '#7b1fa2'],
  ['pending', '#bdbdbd'],
] as const;

export function WaveProgress() {
  const record = useRecordContext();
  const translate = useTranslate();
  const waves = (record?.progress as { waves?: Wave[] } | undefined)?.waves ?? [];
  // Waves are numbered from 1, as the pause reasons and the operators count them.
  const rows = waves.map((w) => ({
    name: translate('hub.campaign.wave', { wave: w.wave + 1, percent: w.percent }),
    succeeded: w.states.succeeded ?? 0,
    in_progress: sum(w.states, IN_PROGRESS),
    failed: sum(w.states, FAILED),
    expired: w.states.expired ?? 0,
    superseded: w.states.superseded ?? 0,
    pending: w.states.pending ?? 0,
    deferred: w.states.deferred ?? 0,
  }));
  return (
    <Box data-testid="wave-progress" sx={{ width: '100%', minWidth: 480 }}>
      <Typography variant="subtitle2">{translate('hub.campaign.waves')}</Typography>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={rows} layout="vertical" margin={{ left: 40 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={140} />
          <Tooltip />
          <Legend />
          {BARS.map(([key, fill]) => <Bar key={key} dataKey={key} name={translate(`hub.campaign.${key}`)} stackId="a" fill={fill} />)}
          <Bar dataKey="deferred" name={translate('hub.campaign.deferred')} stackId="b" fill="#fbc02d" />
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
}
