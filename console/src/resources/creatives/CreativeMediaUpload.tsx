// A creative's image or video, uploaded from its page with a progress bar; the
// hub checks the type and size, and the creative then waits for review.
import { useState } from 'react';
import { Box, Button, LinearProgress } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useHubAction } from '../../common/useHubAction';
import { uploadWithProgress } from '../../common/uploadWithProgress';

export function CreativeMediaUpload(_props: { label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const [progress, setProgress] = useState<number | undefined>();
  const { run } = useHubAction();
  if (!record || !['awaiting_media', 'rejected', 'pending_review'].includes(String(record.state))) return null;
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setProgress(0);
    await run(() => uploadWithProgress(`/creatives/${record.id}/media`, file, file.type || 'application/octet-stream', setProgress), { message: 'hub.creative.uploaded' });
    setProgress(undefined);
  };
  return (
    <Box sx={{ my: 1 }}>
      <Button variant="outlined" component="label" disabled={progress !== undefined}>
        {translate('hub.creative.upload_media')}
        <input hidden type="file" accept="image/png,image/jpeg,video/mp4" data-testid="creative-file" onChange={(e) => void upload(e.target.files?.[0])} />
      </Button>
      {progress !== undefined && <LinearProgress variant="determinate" value={Math.round(progress * 100)} sx={{ mt: 1 }} />}
    </Box>
  );
}
