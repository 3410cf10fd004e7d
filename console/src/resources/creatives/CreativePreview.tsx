// The creative's preview image. GET /api/creatives/:id/preview needs the
// Authorization header, which an <img src> cannot send, so it is fetched as a
// blob and shown through an object URL (revoked when the component goes).
import { useEffect, useState } from 'react';
import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { fetchBlob } from '../../httpClient';

export function CreativePreview({ height = 180 }: { height?: number }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const [url, setUrl] = useState<string>();
  const [failed, setFailed] = useState<string>();
  const id = record?.id;
  const hasMedia = Boolean(record?.sha256);
  useEffect(() => {
    if (id === undefined || !hasMedia) return;
    let objectUrl: string | undefined;
    let cancelled = false;
    fetchBlob(`/creatives/${encodeURIComponent(String(id))}/preview`).then(
      (blob) => {
        if (cancelled) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      },
      (err: Error) => !cancelled && setFailed(err.message),
    );
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [id, hasMedia]);
  if (!hasMedia) return <Typography variant="body2">{translate('hub.creative.no_preview')}</Typography>;
  if (failed) return <Typography variant="body2" color="error">{failed}</Typography>;
  return url ? <Box component="img" src={url} alt={String(record?.name ?? '')} data-testid="creative-preview" sx={{ height, maxWidth: '100%', objectFit: 'contain', bgcolor: 'black' }} /> : null;
}
