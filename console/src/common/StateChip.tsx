// A state (open, running, approved, succeeded…) as a coloured chip, so lists scan at a glance.
// Labelled from hub.state where a label exists (payment states), else the state as it is.
import { Chip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';

const colours: Record<string, 'success' | 'warning' | 'error' | 'info' | 'default'> = {
  succeeded: 'success', approved: 'success', live: 'success', completed: 'success', active: 'success', resolved: 'success', ready: 'success',
  running: 'info', sent: 'info', acked: 'info', queued: 'info', pending_review: 'warning', pending_approval: 'warning', held: 'warning',
  paused: 'warning', acknowledged: 'warning', open: 'error', failed: 'error', rejected: 'error', cancelled: 'default', expired: 'default', blocked: 'error',
  needs_attention: 'error',
};

export function StateChip({ source = 'state' }: FieldProps & { source?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source] as string | undefined;
  if (!value) return null;
  return <Chip size="small" label={translate(`hub.state.${value}`, { _: value })} color={colours[value] ?? 'default'} data-testid={`state-${value}`} />;
}
