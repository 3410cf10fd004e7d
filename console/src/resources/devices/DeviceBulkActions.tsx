// What an operator does to many screens at once: assign them to a merchant (and
// store), add tags, add them to a static group, send a command (a reboot asks
// twice). Each is the hub's own per-screen call, so its checks all apply.
import { useState } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { dataProvider } from '../../dataProvider';
import { BulkDialog, eachScreen } from './BulkDialog';
import { useChoices } from './useChoices';
import { splitList } from '../../common/splitList';

const path = (id: string) => `/devices/${encodeURIComponent(id)}`;

export function DeviceBulkActions() {
  return (
    <>
      <AssignScreens />
      <TagScreens />
      <AddToGroup />
      <CommandScreens />
    </>
  );
}

function AssignScreens() {
  const translate = useTranslate();
  const [search, setSearch] = useState('');
  const [merchantId, setMerchantId] = useState('');
  const [storeId, setStoreId] = useState('');
  const merchants = useChoices('merchants', search ? { q: search } : {});
  const stores = useChoices('stores', { merchantId }, merchantId !== '');
  return (
    <BulkDialog label="hub.bulk.assign" testId="assign" ready={merchantId !== ''} run={(ids) => eachScreen(ids, (id) => dataProvider.send('PUT', path(id), storeId ? { storeId } : { merchantId }))}>
      <TextField size="small" label={translate('hub.bulk.search_merchant')} value={search} onChange={(e) => setSearch(e.target.value)} />
      <TextField select size="small" label={translate('resources.devices.fields.merchantId')} value={merchantId} onChange={(e) => { setMerchantId(e.target.value); setStoreId(''); }} data-testid="bulk-merchant">
        {(merchants.data ?? []).map((m) => <MenuItem key={m.id} value={m.id}>{m.name}</MenuItem>)}
      </TextField>
      <TextField select size="small" label={translate('resources.devices.fields.storeId')} value={storeId} onChange={(e) => setStoreId(e.target.value)} disabled={merchantId === ''} data-testid="bulk-store">
        <MenuItem value="">{translate('hub.bulk.no_store')}</MenuItem>
        {(stores.data ?? []).map((s) => <MenuItem key={s.id} value={s.id}>{s.name}</MenuItem>)}
      </TextField>
    </BulkDialog>
  );
}

function TagScreens() {
  const translate = useTranslate();
  const [text, setText] = useState('');
  const tags = splitList(text);
  const addTags = async (id: string) => {
    const { data } = await dataProvider.getOne('devices', { id });
    await dataProvider.send('PUT', path(id), { tags: [...new Set([...((data.tags as string[]) ?? []), ...tags])] });
  };
  return (
    <BulkDialog label="hub.bulk.tag" testId="tag" ready={tags.length > 0} run={(ids) => eachScreen(ids, addTags)}>
      <TextField size="small" label={translate('hub.bulk.tags_to_add')} value={text} onChange={(e) => setText(e.target.value)} data-testid="bulk-tags" />
    </BulkDialog>
  );
}

function AddToGroup() {
  const translate = useTranslate();
  const [groupId, setGroupId] = useState('');
  const groups = useChoices('groups', {});
  return (
    <BulkDialog label="hub.bulk.add_to_group" testId="group" ready={groupId !== ''} run={async (ids) => {
      await dataProvider.send('POST', `/groups/${groupId}/members`, { deviceIds: ids });
      return 0;
    }}>
      <TextField select size="small" label={translate('resources.groups.name', { smart_count: 1 })} value={groupId} onChange={(e) => setGroupId(e.target.value)} data-testid="bulk-group-choice">
        {(groups.data ?? []).filter((g) => g.kind === 'static').map((g) => <MenuItem key={g.id} value={g.id}>{g.name}</MenuItem>)}
      </TextField>
    </BulkDialog>
  );
}

const COMMANDS = ['play_test_announcement', 'set_volume', 'reboot', 'upload_logs', 'take_screenshot'] as const;
const DISRUPTIVE = new Set<string>(['reboot']);

function CommandScreens() {
  const translate = useTranslate();
  const [type, setType] = useState<string>('');
  const [volume, setVolume] = useState(50);
  const [text, setText] = useState('收款测试 12.50 元');
  const body = type === 'set_volume' ? { type, volume } : type === 'play_test_announcement' ? { type, text } : { type };
  return (
    <BulkDialog label="hub.bulk.command" testId="command" ready={type !== ''} warning={DISRUPTIVE.has(type) ? 'hub.bulk.reboot_warning' : undefined}
      run={(ids) => eachScreen(ids, (id) => dataProvider.send('POST', `${path(id)}/commands`, body))}>
      <TextField select size="small" label={translate('hub.bulk.command_type')} value={type} onChange={(e) => setType(e.target.value)} data-testid="bulk-command-type">
        {COMMANDS.map((c) => <MenuItem key={c} value={c}>{translate(`hub.command.${c}`)}</MenuItem>)}
      </TextField>
      {type === 'set_volume' && <TextField size="small" type="number" label={translate('hub.device.volume')} value={volume} onChange={(e) => setVolume(Number(e.target.value))} />}
      {type === 'play_test_announcement' && <TextField size="small" label={translate('hub.device.text')} value={text} onChange={(e) => setText(e.target.value)} />}
    </BulkDialog>
  );
}
