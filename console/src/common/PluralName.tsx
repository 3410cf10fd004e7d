// A resource's plural name for tab titles and section labels. react-admin
// translates a plain label string without smart_count, which prints both
// polyglot forms ("Store |||| Stores"); this asks for the plural.
import { useTranslate } from 'react-admin';

export function PluralName({ resource }: { resource: string }) {
  const translate = useTranslate();
  return <>{translate(`resources.${resource}.name`, { smart_count: 2 })}</>;
}
