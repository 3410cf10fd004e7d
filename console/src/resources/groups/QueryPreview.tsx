// The screens a dynamic group's query holds now, as the operator types it: the
// hub compiles the query (a mistake comes back as its readable problem) and
// answers with the count and the first few screens.
import { useEffect, useState } from 'react';
import { Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { dataProvider } from '../../dataProvider';

export function QueryPreview() {
  const translate = useTranslate();
  const query = (useWatch({ name: 'query' }) as string | undefined)?.trim() ?? '';
  const [settled, setSettled] = useState(query);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(query), 500);
    return () => clearTimeout(timer);
  }, [query]);
  const preview = useQuery({
    queryKey: ['devices', 'group-preview', settled],
    enabled: settled !== '',
    retry: false,
    queryFn: async () => {
      const filter = encodeURIComponent(JSON.stringify({ query: settled }));
      const { data, headers } = await dataProvider.send<Array<{ id: string; name: string }>>('GET', `/devices?filter=${filter}&range=${encodeURIComponent('[0,9]')}&sort=${encodeURIComponent('["name","ASC"]')}`);
      return { screens: data, total: Number(headers.get('content-range')?.split('/')[1] ?? data.length) };
    },
  });
  if (settled === '') return null;
  return (
    <Box data-testid="group-preview" sx={{ mb: 2 }}>
      {preview.error ? (
        <Typography color="error" variant="body2">{(preview.error as Error).message}</Typography>
      ) : preview.data ? (
        <>
          <Typography variant="body2" data-testid="group-preview-count" data-total={preview.data.total}>{translate('hub.group.preview', { smart_count: preview.data.total })}</Typography>
          <Typography variant="caption">{preview.data.screens.map((s) => s.name || s.id).join('、')}</Typography>
        </>
      ) : null}
    </Box>
  );
}
