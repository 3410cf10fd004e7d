// Acknowledge an open alert with a note (what the operator is doing about it).
// The hub still resolves it by itself when the condition clears.
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useHubAction } from '../../common/useHubAction';
import { dataProvider } from '../../dataProvider';

export function AcknowledgeButton(_props: { label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const { busy, run } = useHubAction();
  if (!record || record.state !== 'open') return null;
  const acknowledge = async () => {
    if (await run(() => dataProvider.action('alerts', record.id, 'acknowledge', note.trim() ? { note: note.trim() } : {}))) setOpen(false);
  };
  return (
    <>
      <Button size="small" variant="contained" onClick={(e) => { e.stopPropagation(); setOpen(true); }} data-testid="action-acknowledge">
        {translate('hub.action.acknowledge')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} onClick={(e) => e.stopPropagation()} fullWidth maxWidth="sm">
        <DialogTitle>{translate('hub.action.acknowledge')}</DialogTitle>
        <DialogContent sx={{ pt: '8px !important' }}>
          <TextField label={translate('hub.alert.note')} value={note} onChange={(e) => setNote(e.target.value)} fullWidth multiline minRows={2} slotProps={{ htmlInput: { maxLength: 500 } }} data-testid="acknowledge-note" />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={busy} onClick={acknowledge} data-testid="acknowledge-confirm">{translate('hub.action.acknowledge')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
