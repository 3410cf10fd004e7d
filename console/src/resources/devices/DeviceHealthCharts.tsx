// A screen's health over a chosen range (6 hours to 30 days), from its heartbeat
// history (GET /api/devices/:id/heartbeats, downsampled by the hub): signal,
// temperature, free memory and free storage, as lines people read at a glance.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Box, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useRecordContext, useTranslate } from 'react-admin';
import { dataProvider } from '../../dataProvider';

interface HeartbeatBucket {
  at: string;
  count: number;
  rssiAvgDbm: number | null;
  temperatureMaxDc: number | null;
  freeMemoryMinBytes: number | null;
  freeStorageMinBytes: number | null;
}

const RANGES_HOURS = [6, 24, 24 * 7, 24 * 30];
const time = (at: string, hours: number) =>
  hours > 24 ? new Date(at).toLocaleString([], { month: '2-digit', day: '2-digit', hour: '2-digit' }) : new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

export function DeviceHealthCharts() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [hours, setHours] = useState(24);
  const { data, error } = useQuery({
    queryKey: ['devices', 'heartbeats', record?.id, hours],
    enabled: record !== undefined,
    queryFn: async () => {
      const to = new Date();
      const from = new Date(to.getTime() - hours * 3_600_000);
      const range = `from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
      return (await dataProvider.send<HeartbeatBucket[]>('GET', `/devices/${encodeURIComponent(String(record!.id))}/heartbeats?${range}`)).data;
    },
  });
  const picker = (
    <ToggleButtonGroup size="small" exclusive value={hours} onChange={(_, value: number | null) => value && setHours(value)} data-testid="health-range" sx={{ mb: 1 }}>
      {RANGES_HOURS.map((h) => <ToggleButton key={h} value={h}>{translate(`hub.device.range_${h}`)}</ToggleButton>)}
    </ToggleButtonGroup>
  );
  if (error) return <Typography color="error">{(error as Error).message}</Typography>;
  if (!data) return picker;
  if (data.length === 0) return <>{picker}<Typography data-testid="device-health">{translate('hub.device.no_heartbeats_in_range')}</Typography></>;
  // Temperature comes in tenths of a degree, memory and storage in bytes: shown as °C and MiB.
  const points = data.map((b) => ({
    at: time(b.at, hours),
    rssi: b.rssiAvgDbm,
    temperature: b.temperatureMaxDc === null ? null : b.temperatureMaxDc / 10,
    memory: b.freeMemoryMinBytes === null ? null : Math.round(b.freeMemoryMinBytes / 1048576),
    storage: b.freeStorageMinBytes === null ? null : Math.round(b.freeStorageMinBytes / 1048576),
  }));
  const chart = (key: 'rssi' | 'temperature' | 'memory' | 'storage', label: string, colour: string) => (
    <Box sx={{ flex: '1 1 320px' }}>
      <Typography variant="subtitle2">{label}</Typography>
      <ResponsiveContainer width="100%" height={160}>
        <LineChart data={points}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="at" minTickGap={30} />
          <YAxis width={48} domain={['auto', 'auto']} />
          <Tooltip />
          {/* Dots while there are few points: a single point draws no line. */}
          <Line type="monotone" dataKey={key} name={label} stroke={colour} dot={points.length < 5} isAnimationActive={false} connectNulls />
        </LineChart>
      </ResponsiveContainer>
    </Box>
  );
  return (
    <>
      {picker}
      <Box data-testid="device-health" sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        {chart('rssi', translate('hub.device.rssi'), '#1976d2')}
        {chart('temperature', translate('hub.device.temperature'), '#d32f2f')}
        {chart('memory', translate('hub.device.free_memory'), '#388e3c')}
        {chart('storage', translate('hub.device.free_storage'), '#6d4c41')}
      </Box>
    </>
  );
}
