// A screen's health over the last 24 hours, from its heartbeat history
// (GET /api/devices/:id/heartbeats, downsampled by the hub): signal, temperature
// and free memory, as lines people read at a glance rather than a table.
import { useQuery } from '@tanstack/react-query';
import { Box, Typography } from '@mui/material';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useRecordContext, useTranslate } from 'react-admin';
import { dataProvider } from '../../dataProvider';

interface HeartbeatBucket {
  at: string;
  count: number;
  rssiAvgDbm: number | null;
  temperatureMaxDc: number | null;
  freeMemoryMinBytes: number | null;
}

const time = (at: string) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

export function DeviceHealthCharts() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { data, error } = useQuery({
    queryKey: ['devices', 'heartbeats', record?.id],
    enabled: record !== undefined,
    queryFn: async () => (await dataProvider.send<HeartbeatBucket[]>('GET', `/devices/${encodeURIComponent(String(record!.id))}/heartbeats`)).data,
  });
  if (error) return <Typography color="error">{(error as Error).message}</Typography>;
  if (!data) return null;
  if (data.length === 0) return <Typography data-testid="device-health">{translate('hub.device.no_heartbeats')}</Typography>;
  // Temperature comes in tenths of a degree, memory in bytes: shown as °C and MiB.
  const points = data.map((b) => ({
    at: time(b.at),
    rssi: b.rssiAvgDbm,
    temperature: b.temperatureMaxDc === null ? null : b.temperatureMaxDc / 10,
    memory: b.freeMemoryMinBytes === null ? null : Math.round(b.freeMemoryMinBytes / 1048576),
  }));
  const chart = (key: 'rssi' | 'temperature' | 'memory', label: string, colour: string) => (
    <Box sx={{ flex: '1 1 320px' }}>
      <Typography variant="subtitle2">{label}</Typography>
      <ResponsiveContainer width="100%" height={160}>
        <LineChart data={points}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="at" minTickGap={30} />
          <YAxis width={48} domain={['auto', 'auto']} />
          <Tooltip />
          {/* Dots while there are few points: a single point draws no line. */}
          <Line type="monotone" dataKey={key} stroke={colour} dot={points.length < 5} isAnimationActive={false} connectNulls />
        </LineChart>
      </ResponsiveContainer>
    </Box>
  );
  return (
    <Box data-testid="device-health" sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
      {chart('rssi', translate('hub.device.rssi'), '#1976d2')}
      {chart('temperature', translate('hub.device.temperature'), '#d32f2f')}
      {chart('memory', translate('hub.device.free_memory'), '#388e3c')}
    </Box>
  );
}
