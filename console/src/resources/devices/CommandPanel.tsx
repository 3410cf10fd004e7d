// Remote commands for one screen: a button per command type, and the screen's
// recent commands with their state. Results arrive as command.* events (which
// refresh the list); while a command is still open the list is also re-read
// every two seconds, in case the event stream is reconnecting.
import { useState } from 'react';
import { Box, Button, TextField as MuiTextField, Typography } from '@mui/material';
import { Confirm, Datagrid, ReferenceManyField, TextField, useRecordContext, useTranslate, useListContext } from 'react-admin';
import { useHubAction } from '../../common/useHubAction';
import { dataProvider } from '../../dataProvider';
import { StateChip } from '../../common/StateChip';
import { useInterval } from '../../common/useInterval';
import { LabelField } from '../../common/LabelField';
import { HubDateField } from '../../common/HubDateField';

const COMMANDS = ['play_test_announcement', 'set_volume', 'reboot', 'upload_logs', 'take_screenshot'] as const;
const FINAL = new Set(['succeeded', 'failed', 'expired']);

export function CommandPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [volume, setVolume] = useState(50);
  const [text, setText] = useState('收款测试 12.50 元');
  const { busy, run } = useHubAction();
  // A reboot takes the screen away from the counter for a minute: asked twice.
  const [confirmReboot, setConfirmReboot] = useState(false);
  if (!record) return null;

  const send = (type: (typeof COMMANDS)[number]) => {
    // The hub refuses set_volume without a volume and an announcement without its text.
    const body = type === 'set_volume' ? { type, volume } : type === 'play_test_announcement' ? { type, text } : { type };
    return run(() => dataProvider.send('POST', `/devices/${encodeURIComponent(String(record.id))}/commands`, body), { message: 'hub.device.command_sent', type: 'info' });
  };

  return (
    <Box>
      <Typography variant="h6">{translate('hub.device.commands')}</Typography>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', my: 1 }}>
        <MuiTextField size="small" type="number" label={translate('hub.device.volume')} value={volume} onChange={(e) => setVolume(Number(e.target.value))} sx={{ width: 100 }} />
        <MuiTextField size="small" label={translate('hub.device.text')} value={text} onChange={(e) => setText(e.target.value)} sx={{ width: 200 }} />
        {COMMANDS.map((type) => (
          <Button key={type} variant="outlined" size="small" disabled={busy} onClick={() => (type === 'reboot' ? setConfirmReboot(true) : send(type))} data-testid={`command-${type}`}>
            {translate(`hub.command.${type}`)}
          </Button>
        ))}
        <Confirm isOpen={confirmReboot} title="hub.command.reboot" content="hub.bulk.reboot_warning" translateOptions={{ smart_count: 1 }} onConfirm={() => { setConfirmReboot(false); void send('reboot'); }} onClose={() => setConfirmReboot(false)} />
      </Box>
      <Box data-testid="command-list">
      <ReferenceManyField reference="commands" target="deviceId" sort={{ field: 'createdAt', order: 'DESC' }} perPage={10}>
        <PollWhileOpen />
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <LabelField source="type" prefix="hub.command" sortable={false} />
          <StateChip source="state" />
          <TextField source="resultMessage" sortable={false} />
          <HubDateField source="createdAt" showTime sortable={false} />
        </Datagrid>
      </ReferenceManyField>
      </Box>
    </Box>
  );
}

function PollWhileOpen() {
  const { data, refetch } = useListContext();
  const open = (data ?? []).some((c) => !FINAL.has(String(c.state)));
  useInterval(open ? 2000 : null, () => void refetch());
  return null;
}

