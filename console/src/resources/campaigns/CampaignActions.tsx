// The campaign's lifecycle buttons, offered only where the hub would accept them.
import { Box } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { ActionButton } from '../../common/ActionButton';

export function CampaignActions() {
  const record = useRecordContext();
  if (!record) return null;
  const state = String(record.state);
  const button = (action: string, label: string, color?: 'warning' | 'error') => <ActionButton resource="campaigns" id={record.id} action={action} label={label} color={color} />;
  return (
    <Box sx={{ display: 'flex', gap: 1 }}>
      {state === 'draft' && button('start', 'hub.action.start')}
      {state === 'running' && button('pause', 'hub.action.pause', 'warning')}
      {state === 'paused' && button('resume', 'hub.action.resume')}
      {['draft', 'running', 'paused'].includes(state) && button('cancel', 'hub.action.cancel', 'error')}
      {['running', 'paused', 'completed'].includes(state) && button('rollback', 'hub.action.rollback', 'error')}
    </Box>
  );
}
