// Registry queries for one tenant: parse, resolve the groups a query names
// (the tenant's own only), compile to SQL. Used by the device list, dynamic
// groups, bulk commands and config layers.
import type { Queryable } from '../db/database.js';
import { invalidParameter } from '../platform/errors.js';
import { compileQuery, parseQuery, QueryError } from './registry-query-language.js';
import { findGroupRef, registryDeviceIds } from './device-sql.js';

export interface CompiledQuery {
  /** A condition over d, l, m, s whose parameters are $2.. (the tenant id is $1). */
  sql: string;
  params: unknown[];
}

export class RegistryQueries {
  constructor(private readonly db: Queryable) {}

  /**
   * Throws a 400 with the reason (and column) when the query is not valid.
   * Several queries must all hold: each is parsed on its own and they are joined
   * as trees, so no text of one can change the meaning of another.
   * `forGroupId`: the dynamic group this query is to define, which it must not name.
   * `parameter`: how the client named the query (`query` in a body, `filter/query` in a list), for the 400.
   */
  async compile(tenantId: string, query: string | string[], forGroupId?: string, parameter = 'query'): Promise<CompiledQuery> {
    const params: unknown[] = [tenantId];
    try {
      const resolveGroup = (ref: string) => findGroupRef(this.db, tenantId, ref);
      const trees = (Array.isArray(query) ? query : [query]).map(parseQuery);
      const tree = trees.reduce((left, right) => ({ kind: 'and', left, right }));
      const sql = await compileQuery(tree, { params, resolveGroup }, forGroupId ? [forGroupId] : []);
      return { sql, params: params.slice(1) };
    } catch (err) {
      if (err instanceof QueryError) throw invalidParameter(parameter, err.message);
      throw err;
    }
  }

  /** The ids of the tenant's devices (not decommissioned) a query selects, optionally only among `within`. */
  async deviceIds(tenantId: string, query: string, within?: string[]): Promise<string[]> {
    const compiled = await this.compile(tenantId, query);
    return registryDeviceIds(this.db, tenantId, compiled, within);
  }
}
