// What an operator changes on one screen: its name and tags, blocking it (the
// hub refuses its connections and payments) or letting it back, and a new
// secret (shown once, for the device maker to load; the old one stops working).
import { useState } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { Confirm, useRecordContext, useTranslate } from 'react-admin';
import { useHubAction } from '../../common/useHubAction';
import { dataProvider } from '../../dataProvider';
import { splitList } from '../../common/splitList';

export function DeviceActions() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { run } = useHubAction();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  const [tags, setTags] = useState('');
  const [confirm, setConfirm] = useState<'block' | 'unblock' | 'rotate' | undefined>();
  const [secret, setSecret] = useState<string | undefined>();
  if (!record) return null;
  const path = `/devices/${encodeURIComponent(String(record.id))}`;
  const blocked = record.status === 'blocked';

  return (
    <Box sx={{ display: 'flex', gap: 1, my: 1 }}>
      <Button size="small" variant="outlined" data-testid="device-edit" onClick={() => { setName(String(record.name ?? '')); setTags(((record.tags as string[]) ?? []).join(', ')); setEditing(true); }}>
        {translate('ra.action.edit')}
      </Button>
      <Button size="small" variant="outlined" color={blocked ? 'success' : 'error'} data-testid={blocked ? 'device-unblock' : 'device-block'} onClick={() => setConfirm(blocked ? 'unblock' : 'block')}>
        {translate(blocked ? 'hub.device.unblock' : 'hub.device.block')}
      </Button>
      <Button size="small" variant="outlined" data-testid="device-rotate-secret" onClick={() => setConfirm('rotate')}>{translate('hub.device.rotate_secret')}</Button>

      <Dialog open={editing} onClose={() => setEditing(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('ra.action.edit')}</DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
          <TextField label={translate('resources.devices.fields.name')} value={name} onChange={(e) => setName(e.target.value)} slotProps={{ htmlInput: { maxLength: 100 } }} data-testid="device-name" />
          <TextField label={translate('hub.bulk.tags_to_add')} value={tags} onChange={(e) => setTags(e.target.value)} data-testid="device-tags" />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setEditing(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" data-testid="device-save" onClick={() => { setEditing(false); void run(() => dataProvider.send('PUT', path, { name, tags: splitList(tags) })); }}>
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </Dialog>

      <Confirm
        isOpen={confirm !== undefined}
        title={confirm === 'rotate' ? 'hub.device.rotate_secret' : confirm === 'unblock' ? 'hub.device.unblock' : 'hub.device.block'}
        content={confirm === 'rotate' ? 'hub.device.rotate_warning' : confirm === 'unblock' ? 'hub.device.unblock_warning' : 'hub.device.block_warning'}
        onClose={() => setConfirm(undefined)}
        onConfirm={() => {
          const what = confirm;
          setConfirm(undefined);
          if (what === 'rotate') void run(async () => setSecret((await dataProvider.send<{ secret: string }>('POST', `${path}/secret`)).data.secret));
          else void run(() => dataProvider.send('PUT', path, { status: what === 'block' ? 'blocked' : 'active' }));
        }}
      />

      <Dialog open={secret !== undefined} onClose={() => setSecret(undefined)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('hub.device.new_secret')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 1 }}>{translate('hub.device.new_secret_help')}</Typography>
          <Typography component="code" data-testid="device-secret" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>{secret}</Typography>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setSecret(undefined)}>{translate('ra.action.close')}</Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
