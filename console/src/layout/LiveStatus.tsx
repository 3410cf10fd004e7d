// A dot in the app bar saying whether live events are flowing.
import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useStreamStatus } from '../live/LiveEvents';

export function LiveStatus() {
  const status = useStreamStatus();
  const translate = useTranslate();
  const open = status === 'open';
  return <Chip size="small" data-testid="live-status" data-status={status} color={open ? 'success' : 'warning'} label={translate(open ? 'hub.live.connected' : 'hub.live.reconnecting')} sx={{ mr: 1 }} />;
}
