// GETs to every list endpoint with hostile query strings, over real HTTP as a
// tenant's admin. Every answer is judged: never a 5xx, every 4xx an
// application/problem+json, every answer within the time a client waits.
import { OracleFailure, type FuzzGenerator } from './fuzz-runner.js';
import type { PathIds } from './fuzz-scene.js';
import { listEndpoints, type OpenApiDocument } from './list-endpoints.js';
import { listQueryCase, type ListQueryCase } from './list-query-arbitraries.js';

export interface ListQueryGeneratorOptions {
  httpUrl: string;
  /** An operator's bearer token. */
  token: string;
  /** The hub's OpenAPI document (GET /docs/json). */
  openApi: OpenApiDocument;
  pathIds: PathIds;
  lanes?: number;
}

const ANSWER_TIMEOUT_MS = 15_000;

export function listQueryGenerator(options: ListQueryGeneratorOptions): FuzzGenerator<ListQueryCase> & { endpoints: string[] } {
  const endpoints = listEndpoints(options.openApi);
  if (endpoints.length === 0) throw new Error('the OpenAPI document lists no GET endpoint with query parameters');
  return {
    name: 'list-queries',
    lanes: options.lanes ?? 8,
    endpoints: endpoints.map((e) => e.path),
    arbitrary: listQueryCase(endpoints, options.pathIds),
    async send(input) {
      let response: Response;
      try {
        response = await fetch(`${options.httpUrl}${input.url}`, { headers: { authorization: `Bearer ${options.token}` }, signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS) });
      } catch (err) {
        throw new OracleFailure(`GET ${input.url.slice(0, 300)}: no answer (${(err as Error).message})`);
      }
      const text = await response.text();
      const type = response.headers.get('content-type') ?? '';
      if (response.status >= 500) throw new OracleFailure(`GET ${input.url.slice(0, 300)} answered ${response.status}: ${text.slice(0, 300)}`);
      if (response.status >= 400 && !type.startsWith('application/problem+json')) throw new OracleFailure(`GET ${input.url.slice(0, 300)} answered ${response.status} as ${type || 'no content type'}, not application/problem+json`);
      return `http ${response.status}`;
    },
  };
}
