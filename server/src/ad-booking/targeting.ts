// Which screens a booking or an availability question is about. Every list is
// "any of" and the lists combine with "and": {cities: ["杭州"], merchantCategories:
// ["5812", "5814"]} is restaurants and fast food in Hangzhou. An empty targeting
// is the whole fleet. Compiled to a condition over `devices d left join merchants m`.
import { Type, type Static } from '@sinclair/typebox';

const List = (item: ReturnType<typeof Type.String>) => Type.Optional(Type.Array(item, { maxItems: 1000, uniqueItems: true }));
const Text = Type.String({ minLength: 1, maxLength: 200 });

export const TargetingSchema = Type.Object(
  {
    cities: List(Text),
    districts: List(Text),
    businessAreas: List(Text),
    merchantCategories: List(Type.String({ pattern: '^[0-9]{4}$', description: 'MCC' })),
    merchantIds: List(Type.String({ format: 'uuid' })),
    storeIds: List(Type.String({ format: 'uuid' })),
    tags: List(Text),
  },
  { additionalProperties: false, description: 'each list is "any of"; lists combine with "and"; empty is every screen of the tenant' },
);
export type Targeting = Static<typeof TargetingSchema>;

/**
 * The SQL condition (parameters from `$firstParam` on) for screens matching
 * `targeting`, active, and whose merchant does not block `category`.
 */
export function targetingCondition(targeting: Targeting, category: string, firstParam: number): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${firstParam + params.length - 1}`;
  };
  const terms = [`d.status = 'active'`, `not (coalesce(m.ad_blocked_categories, '{}') @> array[${param(category)}::text])`];
  const anyOf = (column: string, values: string[] | undefined, cast = 'text') => {
    if (values?.length) terms.push(`${column} = any(${param(values)}::${cast}[])`);
  };
  anyOf('m.city', targeting.cities);
  anyOf('m.district', targeting.districts);
  anyOf('m.business_area', targeting.businessAreas);
  anyOf('m.merchant_category_code', targeting.merchantCategories);
  anyOf('d.merchant_id', targeting.merchantIds, 'uuid');
  anyOf('d.store_id', targeting.storeIds, 'uuid');
  if (targeting.tags?.length) terms.push(`d.tags && ${param(targeting.tags)}::text[]`);
  return { sql: terms.join(' and '), params };
}
