// One button for the hub's POST /…/:id/<action> routes (approve, start, pause…):
// calls the data provider's action, tells the operator, refreshes the page's data.
import { useState } from 'react';
import { Button } from '@mui/material';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { dataProvider } from '../dataProvider';

export interface ActionButtonProps {
  resource: string;
  id: string | number;
  action: string;
  label: string;
  body?: () => unknown;
  color?: 'primary' | 'secondary' | 'error' | 'warning' | 'success';
  disabled?: boolean;
}

export function ActionButton({ resource, id, action, label, body, color = 'primary', disabled }: ActionButtonProps) {
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const run = async () => {
    setBusy(true);
    try {
      await dataProvider.action(resource, id, action, body?.() ?? {});
      notify(translate('hub.action.done'), { type: 'success' });
      refresh();
    } catch (err) {
      notify((err as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="small" variant="contained" color={color} disabled={busy || disabled} onClick={run} data-testid={`action-${action}`}>
      {translate(label)}
    </Button>
  );
}
