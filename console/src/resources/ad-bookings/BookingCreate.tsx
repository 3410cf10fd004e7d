// A new ad booking for an advertiser: where (cities, merchants, tags), when
// (days and hours), how (in the loop or after a payment), the price and budget
// (in yuan, sent as fen), its approved creatives. What the inventory can give
// is asked as the form is filled (POST /api/ad-availability); the booking is
// held on save and approved from its page.
import { useEffect, useState } from 'react';
import { Typography } from '@mui/material';
import {
  AutocompleteArrayInput, AutocompleteInput, Create, DateInput, maxLength, minValue, NumberInput, ReferenceArrayInput, ReferenceInput, required, SelectInput,
  SimpleForm, TextInput, useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useLabelledChoices } from '../../common/LabelField';
import { dataProvider } from '../../dataProvider';
import { splitList } from '../../common/splitList';
import { fenToYuan, yuanToFen } from '../../common/MoneyField';


interface BookingForm {
  advertiserId?: string;
  name: string;
  placement: 'loop' | 'after_payment';
  startsOn: string;
  endsOn: string;
  cities?: string;
  tags?: string;
  merchantIds?: string[];
  hours?: string;
  pricing: 'cpm' | 'slot_day';
  priceFen: number;
  budgetFen?: number;
  creativeIds?: string[];
}

/** The inventory question the hub answers (the form's where, when and how). */
function question(v: Partial<BookingForm>) {
  const targeting = { ...(splitList(v.cities).length ? { cities: splitList(v.cities) } : {}), ...(splitList(v.tags).length ? { tags: splitList(v.tags) } : {}), ...(v.merchantIds?.length ? { merchantIds: v.merchantIds } : {}) };
  const hours = splitList(v.hours).map(Number);
  return {
    placement: v.placement,
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    ...(Object.keys(targeting).length ? { targeting } : {}),
    ...(hours.length ? { hours } : {}),
  };
}

const toBody = (v: BookingForm) => ({
  advertiserId: v.advertiserId,
  name: v.name,
  ...question(v),
  pricing: v.pricing,
  priceFen: v.priceFen,
  ...(v.budgetFen !== undefined ? { budgetFen: v.budgetFen } : {}),
  ...(v.creativeIds?.length ? { creativeIds: v.creativeIds } : {}),
});

export function BookingCreate() {
  const placements = useLabelledChoices(['loop', 'after_payment'], 'hub.placement');
  const pricings = useLabelledChoices(['cpm', 'slot_day'], 'hub.pricing');
  // The hub counts booking days in China Standard Time: at 07:00 there it is still yesterday in UTC.
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  return (
    <Create redirect="show" transform={(values: BookingForm) => toBody(values)}>
      <SimpleForm mode="onBlur" reValidateMode="onBlur" defaultValues={{ placement: 'loop', pricing: 'cpm', startsOn: today, endsOn: today }}>
        <ReferenceInput source="advertiserId" reference="advertisers" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} validate={required()} />
        </ReferenceInput>
        <TextInput source="name" validate={[required(), maxLength(200)]} />
        <SelectInput source="placement" choices={placements} validate={required()} />
        <DateInput source="startsOn" validate={required()} />
        <DateInput source="endsOn" validate={required()} />
        <TextInput source="cities" helperText="hub.booking.list_help" />
        <ReferenceArrayInput source="merchantIds" reference="merchants" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteArrayInput optionText="name" filterToQuery={(q) => ({ q })} />
        </ReferenceArrayInput>
        <TextInput source="tags" helperText="hub.booking.list_help" />
        <TextInput source="hours" helperText="hub.booking.hours_help" />
        <Availability />
        <SelectInput source="pricing" choices={pricings} validate={required()} />
        <NumberInput source="priceFen" format={fenToYuan} parse={yuanToFen} validate={[required(), minValue(0)]} helperText="hub.booking.price_help" />
        <NumberInput source="budgetFen" format={fenToYuan} parse={yuanToFen} validate={minValue(0)} />
        <ReferenceArrayInput source="creativeIds" reference="creatives" filter={{ state: 'approved' }} sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteArrayInput optionText="name" />
        </ReferenceArrayInput>
      </SimpleForm>
    </Create>
  );
}

/** What the inventory gives for the form's where, when and how, asked half a second after the last change. */
function Availability() {
  const translate = useTranslate();
  const values = useWatch() as Partial<BookingForm>;
  const key = JSON.stringify(question(values));
  const [answer, setAnswer] = useState<{ matchingScreens: number; availableScreens: number; expectedPlays: number } | string | undefined>();
  useEffect(() => {
    if (!values.startsOn || !values.endsOn) return;
    const timer = setTimeout(() => {
      dataProvider.send<{ matchingScreens: number; availableScreens: number; expectedPlays: number }>('POST', '/ad-availability', { advertiserId: values.advertiserId, ...JSON.parse(key) })
        .then(({ data }) => setAnswer(data), (err: Error) => setAnswer(err.message));
    }, 500);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, values.advertiserId]);
  if (answer === undefined) return null;
  return (
    <Typography variant="body2" color={typeof answer === 'string' ? 'error' : 'text.secondary'} sx={{ mb: 2 }} data-testid="booking-availability" data-screens={typeof answer === 'string' ? '' : answer.availableScreens}>
      {typeof answer === 'string' ? answer : translate('hub.booking.availability', { matching: answer.matchingScreens, available: answer.availableScreens, plays: answer.expectedPlays })}
    </Typography>
  );
}
