// A bank's instant-discount campaign in a form: the name the customer hears,
// which merchants (every one, some cities, or chosen merchants), the days in
// the merchant's zone, the channels, the rule in yuan, the budget and the
// daily limits. The hub's checks run as fields are left; its own refusals
// (a field named) show under the field.
import {
  AutocompleteArrayInput, CheckboxGroupInput, Create, DateInput, maxLength, minValue, maxValue, NumberInput, ReferenceArrayInput, required, SelectInput, SimpleForm, TextInput,
  useTranslate, FormDataConsumer,
} from 'react-admin';
import { yuanToFen } from '../common/MoneyField';
import { splitList } from '../common/splitList';

interface CampaignForm {
  name: string;
  cities?: string;
  merchantIds?: string[];
  startsOn: string;
  endsOn: string;
  channels: string[];
  rule: 'threshold' | 'percent';
  minSpendYuan?: number;
  offYuan?: number;
  percent?: number;
  capYuan?: number;
  budgetYuan: number;
  perMerchantDay?: number | null;
  perScreenDay?: number | null;
}

const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

export function toCampaignBody(v: CampaignForm) {
  const merchants = v.merchantIds?.length ? { merchantIds: v.merchantIds } : splitList(v.cities).length ? { cities: splitList(v.cities) } : {};
  return {
    name: v.name,
    merchants,
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    channels: v.channels,
    rule: v.rule,
    minSpendFen: yuanToFen(v.minSpendYuan ?? 0) ?? 0,
    ...(v.rule === 'threshold' ? { offFen: yuanToFen(v.offYuan ?? null) } : { percent: v.percent, capFen: yuanToFen(v.capYuan ?? null) }),
    budgetFen: yuanToFen(v.budgetYuan),
    perMerchantDay: v.perMerchantDay || null,
    perScreenDay: v.perScreenDay || null,
  };
}

export function CampaignCreate() {
  const translate = useTranslate();
  const channels = ['alipay', 'wechat', 'unionpay'].map((id) => ({ id, name: translate(`hub.channel.${id}`) }));
  const rules = ['threshold', 'percent'].map((id) => ({ id, name: translate(`hub.discounts.rule.${id}`) }));
  return (
    <Create redirect="show" transform={(values: CampaignForm) => toCampaignBody(values)}>
      <SimpleForm mode="onBlur" reValidateMode="onBlur" defaultValues={{ startsOn: chinaToday(), endsOn: chinaToday(), channels: ['alipay', 'wechat'], rule: 'threshold' }}>
        <TextInput source="name" validate={[required(), maxLength(40)]} />
        <TextInput source="cities" helperText="hub.discounts.merchants_help" />
        <ReferenceArrayInput source="merchantIds" reference="merchants">
          <AutocompleteArrayInput optionText="name" />
        </ReferenceArrayInput>
        <DateInput source="startsOn" validate={required()} />
        <DateInput source="endsOn" validate={required()} />
        <CheckboxGroupInput source="channels" choices={channels} validate={required()} />
        <SelectInput source="rule" choices={rules} validate={required()} />
        <NumberInput source="minSpendYuan" label="resources.discount-campaigns.fields.minSpendFen" validate={minValue(0)} />
        <FormDataConsumer<CampaignForm>>
          {({ formData }) =>
            formData.rule === 'percent' ? (
              <>
                <NumberInput source="percent" validate={[required(), minValue(1), maxValue(99)]} />
                <NumberInput source="capYuan" label="resources.discount-campaigns.fields.capFen" validate={[required(), minValue(0.01)]} />
              </>
            ) : (
              <NumberInput source="offYuan" label="resources.discount-campaigns.fields.offFen" validate={[required(), minValue(0.01)]} />
            )
          }
        </FormDataConsumer>
        <NumberInput source="budgetYuan" label="resources.discount-campaigns.fields.budgetFen" validate={[required(), minValue(0.01)]} />
        <NumberInput source="perMerchantDay" validate={minValue(1)} />
        <NumberInput source="perScreenDay" validate={minValue(1)} />
      </SimpleForm>
    </Create>
  );
}
