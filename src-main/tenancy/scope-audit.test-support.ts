import { ROLLUP_SOURCES, TABLE_SCHEMA, TENANT_TABLES } from './scoped-tables';

/**
 * Test support: reads compiled SQL the way SQLite would resolve its table names, and says where a
 * read could reach a tenant table outside the scope. Not imported by app code.
 *
 * A scoped read is `WITH <scope CTEs> [, its own CTEs] SELECT …`, where each scope CTE is exactly
 * what scoped-tables.ts writes: `"t" AS NOT MATERIALIZED (SELECT * FROM "main"."t" WHERE …)`, with
 * the client filter whenever the scope has one. After that prefix, every table the SQL names (after
 * FROM or JOIN, or `IN t`) must not be a tenant table unless a scope CTE shadows it, and nothing
 * may name the schema (`main.t` would go around the shadow).
 */

// The rollups hold a client's sums: read through the scope like the tables they are summed from.
const TENANT = new Set<string>([...TENANT_TABLES, ...Object.keys(ROLLUP_SOURCES)]);
const CLIENT_FILTER = '"client_id" IN \\(SELECT value FROM json_each\\(\\?\\)\\)';
const LIVE = '"deleted_at" IS NULL';
// Case-blind: the KPI reads write their CTEs in the `sql` template (upper case), the store's come
// from Kysely's builder (lower case). A CTE ends with `,` before the next or whitespace before the read.
const SCOPE_CTE = new RegExp(
  `^\\s*"(\\w+)" AS NOT MATERIALIZED \\(SELECT \\* FROM "${TABLE_SCHEMA}"\\."(\\w+)"` +
    `(?: WHERE (${CLIENT_FILTER})(?: AND ${LIVE})?| WHERE ${LIVE})?\\)\\s*(,?)`,
  'i',
);

/** `-- …` comments and 'string literals' removed, so words in them are not read as names. */
function code(sql: string): string {
  return sql.replace(/--[^\n]*/g, ' ').replace(/'(?:[^']|'')*'/g, "''");
}

/** What is wrong with one read's tenant scope; empty when nothing is. */
export function scopeViolations(sql: string, scopeHasClients: boolean): string[] {
  const problems: string[] = [];
  let rest = code(sql).trimStart();
  const shadowed = new Set<string>();
  if (/^WITH\b/i.test(rest)) {
    rest = rest.slice(4);
    for (let match = SCOPE_CTE.exec(rest); match; match = SCOPE_CTE.exec(rest)) {
      const [whole, name = '', table = '', clientFilter, end] = match;
      if (name !== table) problems.push(`scope CTE ${name} reads ${table}`);
      if (!TENANT.has(table)) problems.push(`scope CTE over ${table}, not a tenant table`);
      if (scopeHasClients && !clientFilter) problems.push(`scope CTE ${name} has no client filter`);
      shadowed.add(name);
      rest = rest.slice(whole.length);
      if (end !== ',') break;
    }
  }
  if (new RegExp(`\\b${TABLE_SCHEMA}\\s*\\.|"${TABLE_SCHEMA}"\\s*\\.`, 'i').test(rest))
    problems.push(`names the schema "${TABLE_SCHEMA}" outside the scope`);
  const tokens = rest.match(/"[^"]+"|[A-Za-z_][\w.]*|[(),]/g) ?? [];
  tokens.forEach((token, i) => {
    const word = token.toUpperCase();
    if (word !== 'FROM' && word !== 'JOIN' && word !== 'IN') return;
    const next = tokens[i + 1];
    if (next === undefined || next === '(') return;
    const name = next.replaceAll('"', '');
    if (TENANT.has(name) && !shadowed.has(name)) problems.push(`reads ${name} without the scope`);
    // FROM a x, b y: a comma join this reader does not follow; the KPI SQL writes JOIN instead.
    const after = tokens.slice(i + 2, i + 5);
    const alias = after[0]?.toUpperCase() === 'AS' ? 2 : /^[A-Za-z_]\w*$/.test(after[0] ?? '') ? 1 : 0;
    if (word === 'FROM' && after[alias] === ',') problems.push(`comma join after ${name}`);
  });
  return problems;
}

/**
 * The one unscoped read the store makes: a tenant row by its full key, tombstone or not
 * (store-rows.ts keyProbeQuery), exactly `select * from "t" where "k1" = ? [and "k2" = ?]` with
 * the table's whole primary key. Anything more (a filter, a join, a subquery) is not a probe.
 */
export function isKeyProbe(sql: string, keyOf: (table: string) => readonly string[] | undefined): boolean {
  const match = /^select \* from "(\w+)" where (.+)$/.exec(sql.trim());
  if (!match) return false;
  const [, table = '', where = ''] = match;
  const key = keyOf(table);
  if (!key) return false;
  return where === key.map((k) => `"${k}" = ?`).join(' and ');
}
