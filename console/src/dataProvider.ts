// The only place that knows the hub's URLs. ra-data-simple-rest does the lists
// and CRUD (the hub speaks its shape); this wrapper adds the resource paths, sorts
// the hub accepts, references the hub nests under a parent (a device's commands,
// a merchant's reconciliations), and the custom actions (approve, start, refund…).
import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, GetListParams, GetManyReferenceParams, RaRecord } from 'react-admin';
import { API_URL, httpClient } from './httpClient';
import { pathOf, resourceSpecs } from './resourcePaths';

const rest = simpleRestProvider(API_URL, httpClient);

function withAcceptedSort<P extends GetListParams | GetManyReferenceParams>(resource: string, params: P): P {
  const spec = resourceSpecs[resource];
  if (!spec || (params.sort && spec.sortable.includes(params.sort.field))) return params;
  return { ...params, sort: spec.defaultSort };
}

/** References the hub serves under the parent's URL rather than as a filter. */
const nested: Record<string, (id: string | number) => string> = {
  'reconciliations:merchantId': (id) => `merchants/${id}/reconciliations`,
  'commands:deviceId': (id) => `devices/${id}/commands`,
  'campaign-devices:campaignId': (id) => `ota/campaigns/${id}/devices`,
  'devices:groupId': (id) => `groups/${id}/devices`,
  'presence:deviceId': (id) => `devices/${encodeURIComponent(String(id))}/presence`,
};

export interface HubDataProvider extends DataProvider {
  /** POST /api/<resource>/<id>/<action>: approve, reject, start, pause, acknowledge, refunds… */
  action<T = RaRecord>(resource: string, id: string | number, action: string, body?: unknown): Promise<{ data: T }>;
  /** Any other call on the API (summaries, reports, config): path under /api. */
  send<T = unknown>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<{ data: T; headers: Headers }>;
}

export const dataProvider: HubDataProvider = {
  ...rest,
  getList: (resource, params) => rest.getList(pathOf(resource), withAcceptedSort(resource, params)),
  getOne: (resource, params) => rest.getOne(pathOf(resource), params),
  // The hub's lists do not all take an id filter; a page of references is a few parallel reads.
  getMany: async (resource, params) => {
    const found = await Promise.all(params.ids.map((id) => rest.getOne(pathOf(resource), { id }).then((r) => r.data, () => undefined)));
    return { data: found.filter((r): r is NonNullable<typeof r> => r !== undefined) };
  },
  getManyReference: (resource, params) => {
    const path = nested[`${resource}:${params.target}`];
    const sorted = withAcceptedSort(resource, params);
    if (!path) return rest.getManyReference(pathOf(resource), sorted);
    return rest.getList(path(params.id), { pagination: sorted.pagination, sort: sorted.sort, filter: sorted.filter });
  },
  create: (resource, params) => rest.create(pathOf(resource), params),
  update: (resource, params) => rest.update(pathOf(resource), params),
  delete: (resource, params) => rest.delete(pathOf(resource), params),
  async action(resource, id, action, body = {}) {
    const { json } = await httpClient(`${API_URL}/${pathOf(resource)}/${encodeURIComponent(String(id))}/${action}`, { method: 'POST', body: JSON.stringify(body) });
    return { data: json };
  },
  async send(method, path, body) {
    const { json, headers } = await httpClient(`${API_URL}${path}`, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { data: json, headers };
  },
};
