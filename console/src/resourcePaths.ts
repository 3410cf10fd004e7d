// How the console's resource names map onto the hub's routes, and what each list
// can be sorted by. react-admin sorts by `id` unless told, and the hub refuses a
// sort it has no index for; unknown sorts fall back to the resource's default.
export interface ResourceSpec {
  /** Path under /api when it differs from the resource name. */
  path?: string;
  sortable: string[];
  defaultSort: { field: string; order: 'ASC' | 'DESC' };
}

const newest = (sortable: string[]): ResourceSpec => ({ sortable, defaultSort: { field: 'createdAt', order: 'DESC' } });

export const resourceSpecs: Record<string, ResourceSpec> = {
  devices: newest(['id', 'name', 'status', 'model', 'appVersion', 'firmwareVersion', 'online', 'lastSeenAt', 'createdAt']),
  merchants: newest(['name', 'createdAt']),
  stores: { sortable: ['name', 'createdAt'], defaultSort: { field: 'name', order: 'ASC' } },
  groups: { sortable: ['name', 'priority', 'createdAt'], defaultSort: { field: 'name', order: 'ASC' } },
  'alert-rules': { sortable: ['name', 'createdAt'], defaultSort: { field: 'name', order: 'ASC' } },
  alerts: { sortable: ['priority', 'openedAt', 'state'], defaultSort: { field: 'priority', order: 'ASC' } },
  transactions: newest(['createdAt', 'amountFen', 'state', 'updatedAt']),
  releases: newest(['createdAt', 'version', 'kind']),
  campaigns: { path: 'ota/campaigns', ...newest(['createdAt', 'name', 'state']) },
  advertisers: { sortable: ['name', 'category', 'createdAt'], defaultSort: { field: 'name', order: 'ASC' } },
  creatives: newest(['createdAt', 'updatedAt', 'name', 'state']),
  'ad-bookings': newest(['createdAt', 'startsOn', 'name', 'state']),
  'discount-campaigns': newest(['createdAt']),
  reconciliations: { sortable: ['date'], defaultSort: { field: 'date', order: 'DESC' } },
  commands: newest(['createdAt']),
  presence: { sortable: ['at'], defaultSort: { field: 'at', order: 'DESC' } },
  'campaign-devices': { sortable: ['updatedAt', 'deviceId', 'wave', 'state'], defaultSort: { field: 'updatedAt', order: 'DESC' } },
};

export const pathOf = (resource: string) => resourceSpecs[resource]?.path ?? resource;
