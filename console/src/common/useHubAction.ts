// One way for every button that asks the hub to do something: busy while it
// runs, a notification when done (or the hub's problem when not), and the
// page's data refreshed. `run` resolves to whether it worked.
import { useState } from 'react';
import { useNotify, useRefresh, useTranslate } from 'react-admin';

interface Done {
  message: string;
  args?: Record<string, unknown>;
  type?: 'success' | 'info' | 'warning';
}

export function useHubAction() {
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  /** `done`: what to tell, or how to tell it from what the work returned. */
  const run = async <T>(work: () => Promise<T>, done: Done | ((result: T) => Done) = { message: 'hub.action.done' }): Promise<boolean> => {
    setBusy(true);
    try {
      const result = await work();
      const told = typeof done === 'function' ? done(result) : done;
      notify(translate(told.message, told.args), { type: told.type ?? 'success' });
      refresh();
      return true;
    } catch (err) {
      notify((err as Error).message, { type: 'error' });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
