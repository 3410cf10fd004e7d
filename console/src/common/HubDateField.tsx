// react-admin's DateField in the console's language rather than the browser's:
// a Chinese page shows 2026/12/4 22:41:22, not 12/4/2026, 10:41:22 PM.
import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

export const dateLocaleOf = (locale: string) => (locale === 'zh' ? 'zh-CN' : 'en-GB');

export function HubDateField(props: DateFieldProps) {
  const [locale] = useLocaleState();
  return <DateField locales={dateLocaleOf(locale)} {...props} />;
}
