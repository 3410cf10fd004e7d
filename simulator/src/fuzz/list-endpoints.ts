// The endpoints the HTTP generator aims at, read from the hub's own OpenAPI
// document (/docs/json): every GET that takes query parameters, with each
// parameter's schema, the fields its answers hold (what `sort` may name) and
// the filter keys its summary or description lists. A new endpoint is fuzzed
// without a line changed here.

export interface QueryParameter {
  name: string;
  schema: Record<string, unknown>;
  required: boolean;
}

export interface ListEndpoint {
  /** As documented, with {placeholders}: /api/devices/{id}/commands. */
  path: string;
  query: QueryParameter[];
  /** Property names of the items its 200 answer lists. */
  fields: string[];
  /** Filter keys its documentation names ("filter: state, releaseId", "filter keys: deviceId, …"). */
  filterKeys: string[];
}

interface OpenApiOperation {
  summary?: string;
  description?: string;
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: Record<string, unknown> }>;
  responses?: Record<string, { content?: Record<string, { schema?: { items?: { properties?: Record<string, unknown> } } }> }>;
}

export interface OpenApiDocument {
  paths: Record<string, { get?: OpenApiOperation }>;
}

export function listEndpoints(doc: OpenApiDocument): ListEndpoint[] {
  const endpoints: ListEndpoint[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const get = item.get;
    const query = (get?.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema ?? {}, required: !!p.required }));
    if (!get || query.length === 0) continue;
    const items = get.responses?.['200']?.content?.['application/json']?.schema?.items;
    const documented = `${get.summary ?? ''} ${get.description ?? ''}`.match(/filter(?: keys)?:\s*([A-Za-z0-9_, ]+)/)?.[1] ?? '';
    endpoints.push({
      path,
      query,
      fields: Object.keys(items?.properties ?? {}),
      filterKeys: documented.split(',').map((k) => k.trim()).filter(Boolean),
    });
  }
  return endpoints;
}
