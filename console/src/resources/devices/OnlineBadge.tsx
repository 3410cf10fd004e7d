// Online or offline, as the hub's live presence says.
import { Chip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';

export function OnlineBadge(_props: FieldProps) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const online = Boolean(record.online);
  return <Chip size="small" color={online ? 'success' : 'default'} label={translate(online ? 'hub.device.online' : 'hub.device.offline')} data-testid={online ? 'badge-online' : 'badge-offline'} />;
}
