// The screen's config twin: what the operators' layers ask for (desired) next
// to what the screen last reported, from GET /api/devices/:id/config.
import { useQuery } from '@tanstack/react-query';
import { Box, Chip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { dataProvider } from '../../dataProvider';

interface DeviceConfig {
  desired: Record<string, unknown>;
  desiredVersion: number;
  reported: Record<string, unknown> | null;
  reportedVersion: number | null;
  inSync: boolean;
  delta: Record<string, unknown>;
}

export function DeviceConfigPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { data, error } = useQuery({
    queryKey: ['devices', 'config', record?.id],
    enabled: record !== undefined,
    queryFn: async () => (await dataProvider.send<DeviceConfig>('GET', `/devices/${encodeURIComponent(String(record!.id))}/config`)).data,
  });
  if (error) return <Typography color="error">{(error as Error).message}</Typography>;
  if (!data) return null;
  return (
    <Box data-testid="device-config">
      <Chip size="small" color={data.inSync ? 'success' : 'warning'} label={translate(data.inSync ? 'hub.device.in_sync' : 'hub.device.out_of_sync')} />
      <Box sx={{ display: 'flex', gap: 2, mt: 1, flexWrap: 'wrap' }}>
        <ConfigBlock title={`${translate('hub.device.desired')} · ${translate('hub.device.version', { version: data.desiredVersion })}`} value={data.desired} />
        <ConfigBlock title={`${translate('hub.device.reported')} · ${translate('hub.device.version', { version: data.reportedVersion ?? '—' })}`} value={data.reported} />
      </Box>
    </Box>
  );
}

function ConfigBlock({ title, value }: { title: string; value: unknown }) {
  return (
    <Box sx={{ flex: '1 1 280px' }}>
      <Typography variant="subtitle2">{title}</Typography>
      <Box component="pre" sx={{ bgcolor: 'action.hover', p: 1, borderRadius: 1, fontSize: 12, overflow: 'auto' }}>{JSON.stringify(value ?? {}, null, 2)}</Box>
    </Box>
  );
}
