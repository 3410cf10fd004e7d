// react-admin's <Show>, but a missing row is a not-found page at the same URL
// rather than a redirect to the list, so a stale or foreign link says what happened.
import type { ReactNode } from 'react';
import { Show, type ShowProps } from 'react-admin';
import { NotFound } from './NotFound';

export function HubShow({ children, ...props }: ShowProps & { children: ReactNode }) {
  return (
    <Show redirectOnError={false} error={<NotFound />} queryOptions={{ retry: false }} {...props}>
      {children}
    </Show>
  );
}
