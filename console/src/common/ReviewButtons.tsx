// Approve or reject a row waiting for review (a creative, a booking); a rejection carries a note
// the advertiser reads, so it is asked for before the call.
import { useState } from 'react';
import { Box, Button, TextField } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ActionButton } from './ActionButton';

export function ReviewButtons({ resource, reviewable, noteKey }: { resource: string; reviewable: string[]; noteKey: 'note' | 'reason' }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  if (!record || !reviewable.includes(String(record.state))) return null;
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
      <ActionButton resource={resource} id={record.id} action="approve" label="hub.action.approve" color="success" />
      {rejecting ? (
        <>
          <TextField size="small" label={translate('hub.action.reject_note')} value={note} onChange={(e) => setNote(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'reject-note' } }} />
          <ActionButton resource={resource} id={record.id} action="reject" label="hub.action.reject" color="error" disabled={!note.trim()} body={() => ({ [noteKey]: note.trim() })} />
        </>
      ) : (
        <Button size="small" color="error" onClick={() => setRejecting(true)} data-testid="start-reject">
          {translate('hub.action.reject')}
        </Button>
      )}
    </Box>
  );
}
