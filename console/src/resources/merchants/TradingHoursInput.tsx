// A merchant's trading hours as weekly spans (the hub's TradingHours): days of
// the week, opening and closing time in the merchant's time zone. Closing before
// opening runs past midnight; no span at all means always open.
import { ArrayInput, CheckboxGroupInput, regex, required, SimpleFormIterator, TextInput, useTranslate } from 'react-admin';

const CLOCK = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const CLOSING = /^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/;

export function TradingHoursInput() {
  const translate = useTranslate();
  const days = [1, 2, 3, 4, 5, 6, 7].map((id) => ({ id, name: translate(`hub.weekday.${id}`) }));
  return (
    <ArrayInput source="tradingHours" label="resources.merchants.fields.tradingHours" helperText="hub.merchant.trading_hours_help">
      <SimpleFormIterator inline disableReordering>
        <CheckboxGroupInput source="days" choices={days} validate={required()} label="hub.merchant.days" />
        <TextInput source="opens" validate={[required(), regex(CLOCK, 'hub.merchant.clock_time')]} placeholder="08:00" label="hub.merchant.opens" sx={{ width: 110 }} />
        <TextInput source="closes" validate={[required(), regex(CLOSING, 'hub.merchant.clock_time')]} placeholder="22:00" label="hub.merchant.closes" sx={{ width: 110 }} />
      </SimpleFormIterator>
    </ArrayInput>
  );
}
