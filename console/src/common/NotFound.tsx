// What a detail page shows when the hub answers 404: the row does not exist, or
// belongs to another organisation (the hub does not say which, on purpose).
import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export function NotFound() {
  const translate = useTranslate();
  return (
    <Card data-testid="not-found">
      <CardContent>
        <Typography variant="h5">{translate('ra.page.not_found')}</Typography>
        <Typography>{translate('hub.not_found')}</Typography>
      </CardContent>
    </Card>
  );
}
