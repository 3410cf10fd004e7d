// Progress per wave as stacked bars: a glance shows which wave is moving and where failures are.
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
const FAILED = ['failed', 'rolled_back', 'expired'];
const sum = (s: States, keys: string[]) => keys.reduce((n, k) => n + (s[k] ?? 0), 0);

export function WaveProgress() {
  const record = useRecordContext();
  const translate = useTranslate();
  const waves = (record?.progress as { waves?: Wave[] } | undefined)?.waves ?? [];
  const rows = waves.map((w) => ({
    name: translate('hub.campaign.wave', { wave: w.wave, percent: w.percent }),
    succeeded: w.states.succeeded ?? 0,
    inProgress: sum(w.states, IN_PROGRESS),
    failed: sum(w.states, FAILED),
    pending: w.states.pending ?? 0,
  }));
  return (
    <Box data-testid="wave-progress" sx={{ width: '100%', minWidth: 480 }}>
      <Typography variant="subtitle2">{translate('hub.campaign.waves')}</Typography>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={rows} layout="vertical" margin={{ left: 40 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={140} />
          <Tooltip />
          <Legend />
          <Bar dataKey="succeeded" stackId="a" fill="#2e7d32" />
          <Bar dataKey="inProgress" stackId="a" fill="#0288d1" />
          <Bar dataKey="failed" stackId="a" fill="#d32f2f" />
          <Bar dataKey="pending" stackId="a" fill="#bdbdbd" />
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
}
