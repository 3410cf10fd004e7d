// The registry query language: one small grammar for device search in the API
// and for dynamic groups, compiled to a parameterised SQL condition over
// `devices d join device_live l left join merchants m left join stores s`. Fields and operators
// are a whitelist; values only ever travel as parameters.
//
//   query   := or
//   or      := and ('or' and)*
//   and     := unary ('and' unary)*
//   unary   := 'not' unary | '(' query ')' | term
//   term    := field op value | field 'in' '(' value (',' value)* ')' | field 'has' value
//   op      := '=' | '!=' | '<' | '<=' | '>' | '>=' | '~'      (~ is "contains", case-insensitive)
//   value   := "text" | 'text' | number | true | false | null | now | now-15m (s, m, h, d)
//
// Examples:  city = "杭州" and online = false and lastSeenAt < now-30m
//            model in ("P30", "P30S") and tags has "vip" and not group = "pilot"

export class QueryError extends Error {}

type Literal =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'null' }
  | { type: 'time'; offsetMs: number };

export type QueryNode =
  | { kind: 'and' | 'or'; left: QueryNode; right: QueryNode }
  | { kind: 'not'; expr: QueryNode }
  | { kind: 'cmp'; field: string; op: string; value: Literal }
  | { kind: 'in'; field: string; values: Literal[] }
  | { kind: 'has'; field: string; value: Literal };

type FieldType = 'text' | 'bool' | 'time' | 'uuid' | 'tags' | 'group';
const fields: Record<string, { sql: string; type: FieldType }> = {
  id: { sql: 'd.id', type: 'text' },
  name: { sql: 'd.name', type: 'text' },
  status: { sql: 'd.status', type: 'text' },
  model: { sql: 'd.model', type: 'text' },
  firmwareVersion: { sql: 'd.firmware_version', type: 'text' },
  appVersion: { sql: 'd.app_version', type: 'text' },
  hardwareRevision: { sql: 'd.hardware_revision', type: 'text' },
  iccid: { sql: 'd.iccid', type: 'text' },
  networkType: { sql: 'l.network_type', type: 'text' },
  online: { sql: 'l.online', type: 'bool' },
  lastSeenAt: { sql: 'l.last_seen_at', type: 'time' },
  createdAt: { sql: 'd.created_at', type: 'time' },
  merchantId: { sql: 'd.merchant_id', type: 'uuid' },
  merchantName: { sql: 'm.name', type: 'text' },
  storeId: { sql: 'd.store_id', type: 'uuid' },
  storeName: { sql: 's.name', type: 'text' },
  city: { sql: 'm.city', type: 'text' },
  district: { sql: 'm.district', type: 'text' },
  businessArea: { sql: 'm.business_area', type: 'text' },
  mcc: { sql: 'm.merchant_category_code', type: 'text' },
  tags: { sql: 'd.tags', type: 'tags' },
  group: { sql: '', type: 'group' },
};
export const queryFields = Object.keys(fields);

// Bounds on what a client may ask: a query is parsed by recursive descent and
// compiled to nested SQL, and PostgreSQL refuses expressions nested too deeply
// (a 500 before these bounds). Real queries stay far below them: the README's
// examples are under 100 characters, 3 terms and depth 3.
const MAX_LENGTH = 4000;
const MAX_TERMS = 100;
/** `not`s and parentheses inside each other. */
const MAX_DEPTH = 32;

// ---- tokens ---------------------------------------------------------------

type Token = { kind: 'word' | 'string' | 'number' | 'time' | 'op' | 'punct' | 'end'; text: string; at: number; value?: unknown };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const at = i + 1;
    const rest = source.slice(i);
    let m: RegExpMatchArray | null;
    if ((m = rest.match(/^now(?:-(\d{1,6})([smhd]))?\b/))) {
      const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[(m[2] ?? 's') as 's'];
      tokens.push({ kind: 'time', text: m[0], at, value: -Number(m[1] ?? 0) * unit });
    } else if ((m = rest.match(/^[A-Za-z_][A-Za-z0-9_]*/))) {
      tokens.push({ kind: 'word', text: m[0], at });
    } else if ((m = rest.match(/^-?\d+(\.\d+)?/))) {
      tokens.push({ kind: 'number', text: m[0], at, value: Number(m[0]) });
    } else if (c === '"' || c === "'") {
      let value = '';
      let j = i + 1;
      for (; j < source.length && source[j] !== c; j++) {
        if (source[j] === '\\' && j + 1 < source.length) j++;
        value += source[j];
      }
      if (j >= source.length) throw new QueryError(`unterminated string at column ${at}`);
      tokens.push({ kind: 'string', text: source.slice(i, j + 1), at, value });
      i = j + 1;
      continue;
    } else if ((m = rest.match(/^(!=|<=|>=|=|<|>|~)/))) {
      tokens.push({ kind: 'op', text: m[0], at });
    } else if ('(),'.includes(c)) {
      tokens.push({ kind: 'punct', text: c, at });
      i++;
      continue;
    } else {
      throw new QueryError(`unexpected "${c}" at column ${at}`);
    }
    i += m![0].length;
  }
  tokens.push({ kind: 'end', text: 'end of query', at: source.length + 1 });
  return tokens;
}

// ---- parser ---------------------------------------------------------------

export function parseQuery(source: string): QueryNode {
  if (source.length > MAX_LENGTH) throw new QueryError(`a query is at most ${MAX_LENGTH} characters`);
  const tokens = tokenize(source);
  let pos = 0;
  let terms = 0;
  let depth = 0;
  const deeper = <T>(at: number, parse: () => T): T => {
    if (++depth > MAX_DEPTH) throw new QueryError(`a query nests "not" and parentheses at most ${MAX_DEPTH} deep (column ${at})`);
    try {
      return parse();
    } finally {
      depth--;
    }
  };
  const peek = () => tokens[pos]!;
  const isWord = (word: string) => peek().kind === 'word' && peek().text.toLowerCase() === word;
  const expect = (text: string) => {
    if (peek().text !== text) throw new QueryError(`expected "${text}" at column ${peek().at}, found "${peek().text}"`);
    pos++;
  };

  const literal = (): Literal => {
    const t = tokens[pos++]!;
    if (t.kind === 'string') return { type: 'string', value: t.value as string };
    if (t.kind === 'number') return { type: 'number', value: t.value as number };
    if (t.kind === 'time') return { type: 'time', offsetMs: t.value as number };
    if (t.kind === 'word' && ['true', 'false'].includes(t.text.toLowerCase())) return { type: 'bool', value: t.text.toLowerCase() === 'true' };
    if (t.kind === 'word' && t.text.toLowerCase() === 'null') return { type: 'null' };
    throw new QueryError(`expected a value at column ${t.at}, found "${t.text}"`);
  };

  const term = (): QueryNode => {
    const t = tokens[pos++]!;
    if (t.kind !== 'word' || !(t.text in fields)) throw new QueryError(`unknown field "${t.text}" at column ${t.at}; fields: ${queryFields.join(', ')}`);
    if (++terms > MAX_TERMS) throw new QueryError(`a query has at most ${MAX_TERMS} terms`);
    const field = t.text;
    if (isWord('in')) {
      pos++;
      expect('(');
      const values = [literal()];
      while (peek().text === ',') {
        pos++;
        values.push(literal());
      }
      expect(')');
      return { kind: 'in', field, values };
    }
    if (isWord('has')) {
      pos++;
      return { kind: 'has', field, value: literal() };
    }
    const op = tokens[pos++]!;
    if (op.kind !== 'op') throw new QueryError(`expected an operator after ${field} at column ${op.at}, found "${op.text}"`);
    return { kind: 'cmp', field, op: op.text, value: literal() };
  };

  const unary = (): QueryNode => {
    if (isWord('not')) {
      const at = tokens[pos++]!.at;
      return deeper(at, () => ({ kind: 'not', expr: unary() }));
    }
    if (peek().text === '(') {
      const at = tokens[pos++]!.at;
      const inner = deeper(at, or);
      expect(')');
      return inner;
    }
    return term();
  };
  const and = (): QueryNode => {
    let left = unary();
    while (isWord('and')) {
      pos++;
      left = { kind: 'and', left, right: unary() };
    }
    return left;
  };
  const or = (): QueryNode => {
    let left = and();
    while (isWord('or')) {
      pos++;
      left = { kind: 'or', left, right: and() };
    }
    return left;
  };

  const root = or();
  if (peek().kind !== 'end') throw new QueryError(`unexpected "${peek().text}" at column ${peek().at}`);
  return root;
}

// ---- compiler -------------------------------------------------------------

export interface GroupRef {
  id: string;
  kind: 'static' | 'dynamic';
  query: string | null;
}

export interface CompileContext {
  /** Parameters so far; the compiler appends to it and refers to them as $n. */
  params: unknown[];
  /** Finds a group of the same tenant by id or name. */
  resolveGroup(ref: string): Promise<GroupRef | undefined>;
  now?: Date;
}

const MAX_GROUP_DEPTH = 5;

/** Compiles a parsed query to a SQL condition over d (devices), l (device_live), m (merchants), s (stores). */
export async function compileQuery(node: QueryNode, context: CompileContext, groupsSeen: string[] = []): Promise<string> {
  const now = (context.now ?? new Date()).getTime();
  const param = (value: unknown) => {
    context.params.push(value);
    return `$${context.params.length}`;
  };
  const sqlValue = (field: string, type: FieldType, value: Literal): string => {
    switch (type) {
      case 'bool':
        if (value.type !== 'bool') throw new QueryError(`${field} takes true or false`);
        return param(value.value);
      case 'time':
        if (value.type === 'time') return `${param(new Date(now + value.offsetMs).toISOString())}::timestamptz`;
        if (value.type === 'string' && !Number.isNaN(Date.parse(value.value))) return `${param(new Date(value.value).toISOString())}::timestamptz`;
        throw new QueryError(`${field} takes a time: now, now-15m or an ISO date`);
      case 'uuid':
        if (value.type !== 'string' || !/^[0-9a-f-]{36}$/i.test(value.value)) throw new QueryError(`${field} takes an id in quotes`);
        return `${param(value.value)}::uuid`;
      default:
        if (value.type === 'string') return param(value.value);
        if (value.type === 'number') return param(String(value.value));
        throw new QueryError(`${field} takes text`);
    }
  };

  const compile = async (n: QueryNode): Promise<string> => {
    switch (n.kind) {
      case 'and':
      case 'or':
        return `(${await compile(n.left)} ${n.kind} ${await compile(n.right)})`;
      case 'not':
        return `not coalesce(${await compile(n.expr)}, false)`;
      case 'has': {
        if (fields[n.field]!.type !== 'tags') throw new QueryError(`"has" works on tags only`);
        if (n.value.type !== 'string') throw new QueryError('tags has takes text in quotes');
        return `d.tags @> array[${param(n.value.value)}]::text[]`;
      }
      case 'in': {
        const spec = fields[n.field]!;
        if (spec.type === 'group' || spec.type === 'tags') {
          const parts = await Promise.all(n.values.map((value) => compile(spec.type === 'tags' ? { kind: 'has', field: n.field, value } : { kind: 'cmp', field: n.field, op: '=', value })));
          return `(${parts.join(' or ')})`;
        }
        return `${spec.sql} in (${n.values.map((v) => sqlValue(n.field, spec.type, v)).join(', ')})`;
      }
      case 'cmp': {
        const spec = fields[n.field]!;
        if (spec.type === 'group') return compileGroup(n);
        if (spec.type === 'tags') {
          if (n.op === '=' && n.value.type === 'null') return `cardinality(d.tags) = 0`;
          throw new QueryError('tags: use tags has "x" or tags = null');
        }
        if (n.value.type === 'null') {
          if (n.op === '=') return `${spec.sql} is null`;
          if (n.op === '!=') return `${spec.sql} is not null`;
          throw new QueryError(`null works with = and != only`);
        }
        if (n.op === '~') {
          if (spec.type !== 'text' || n.value.type !== 'string') throw new QueryError(`~ (contains) works on text fields with text in quotes`);
          return `${spec.sql} ilike ${param(`%${n.value.value.replace(/[\\%_]/g, (c) => '\\' + c)}%`)}`;
        }
        if (spec.type === 'bool' && !['=', '!='].includes(n.op)) throw new QueryError(`${n.field} works with = and != only`);
        const op = n.op === '!=' ? 'is distinct from' : n.op;
        return `${spec.sql} ${op} ${sqlValue(n.field, spec.type, n.value)}`;
      }
    }
  };

  const compileGroup = async (n: Extract<QueryNode, { kind: 'cmp' }>): Promise<string> => {
    if (!['=', '!='].includes(n.op) || n.value.type !== 'string') throw new QueryError('group works as group = "name or id" or group != "name or id"');
    const group = await context.resolveGroup(n.value.value);
    if (!group) throw new QueryError(`no group "${n.value.value}"`);
    let sql: string;
    if (group.kind === 'static') {
      sql = `exists (select 1 from device_group_members gm where gm.group_id = ${param(group.id)}::uuid and gm.device_id = d.id)`;
    } else {
      if (groupsSeen.includes(group.id)) throw new QueryError(`group "${n.value.value}" refers to itself`);
      if (groupsSeen.length >= MAX_GROUP_DEPTH) throw new QueryError(`groups nest at most ${MAX_GROUP_DEPTH} deep`);
      sql = `(${await compileQuery(parseQuery(group.query ?? ''), context, [...groupsSeen, group.id])})`;
    }
    return n.op === '=' ? sql : `not coalesce(${sql}, false)`;
  };

  return compile(node);
}
