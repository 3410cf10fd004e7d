// One button for the hub's POST /…/:id/<action> routes (approve, start, pause…):
// calls the data provider's action, tells the operator, refreshes the page's data.
import { Button } from '@mui/material';
import { useTranslate } from 'react-admin';
import { dataProvider } from '../dataProvider';
import { useHubAction } from './useHubAction';

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
  const translate = useTranslate();
  const { busy, run: act } = useHubAction();
  const run = () => act(() => dataProvider.action(resource, id, action, body?.() ?? {}));
  return (
    <Button size="small" variant="contained" color={color} disabled={busy || disabled} onClick={run} data-testid={`action-${action}`}>
      {translate(label)}
    </Button>
  );
}
