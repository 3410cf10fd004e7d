// A bulk action on the screens selected in a list: a button opening a dialog
// that gathers what the action needs, then runs it screen by screen and says
// how many it did and how many the hub refused.
import { useState, type ReactNode } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useListContext, useTranslate, useUnselectAll } from 'react-admin';
import { useHubAction } from '../../common/useHubAction';

export interface BulkDialogProps {
  label: string;
  testId: string;
  /** The dialog's fields. */
  children: ReactNode;
  ready: boolean;
  /** Runs the action for the selection; resolves to how many screens it failed for. */
  run: (deviceIds: string[]) => Promise<number>;
  /** A second look before disruptive actions (a reboot). */
  warning?: string;
}

export function BulkDialog({ label, testId, children, ready, run, warning }: BulkDialogProps) {
  const { selectedIds, resource } = useListContext();
  const translate = useTranslate();
  const unselectAll = useUnselectAll(resource);
  const [open, setOpen] = useState(false);
  const { busy, run: act } = useHubAction();
  const ids = selectedIds.map(String);

  const apply = async () => {
    const worked = await act(() => run(ids), (failed) => ({
      message: failed === 0 ? 'hub.bulk.done' : 'hub.bulk.partly',
      args: { done: ids.length - failed, failed },
      type: failed === 0 ? 'success' : 'warning',
    }));
    if (worked) {
      unselectAll();
      setOpen(false);
    }
  };

  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid={`bulk-${testId}`}>{translate(label)}</Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('hub.bulk.title', { action: translate(label), smart_count: ids.length })}</DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
          {children}
          {warning && <strong>{translate(warning, { smart_count: ids.length })}</strong>}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" color={warning ? 'error' : 'primary'} disabled={!ready || busy} onClick={apply} data-testid={`bulk-${testId}-apply`}>
            {translate(label)}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

/** Calls `one` for each screen, a few at a time; how many failed. */
export async function eachScreen(ids: string[], one: (id: string) => Promise<unknown>): Promise<number> {
  let failed = 0;
  for (let i = 0; i < ids.length; i += 8) {
    const results = await Promise.allSettled(ids.slice(i, i + 8).map(one));
    failed += results.filter((r) => r.status === 'rejected').length;
  }
  return failed;
}
