import type { SqlFragment } from '../tenancy/sql-scope';

/** A value that becomes a bound `?` parameter. Numbers and null need no wrapper. */
export interface Param {
  readonly param: string | number | null;
}

/** What a `sql` template accepts: fragments, numbers (bound), and explicit params or raw text. */
export type SqlPart = SqlFragment | Param | number | null;

/** Binds a value as a parameter; the only way a string from data reaches a query. */
export function param(value: string | number | null): Param {
  return { param: value };
}

/** Trusted SQL text built from the code's own constants (never from data). */
export function raw(text: string): SqlFragment {
  return { sql: text, params: [] };
}

/**
 * Builds a query with its parameters in placeholder order. A bare string is a type error on
 * purpose: it must say whether it is SQL (`raw`) or a value (`param`), so data never becomes SQL.
 */
export function sql(strings: TemplateStringsArray, ...parts: SqlPart[]): SqlFragment {
  let text = strings[0] ?? '';
  const params: unknown[] = [];
  parts.forEach((part, i) => {
    if (part !== null && typeof part === 'object' && 'sql' in part) {
      text += part.sql;
      params.push(...part.params);
    } else {
      text += '?';
      params.push(part !== null && typeof part === 'object' ? part.param : part);
    }
    text += strings[i + 1] ?? '';
  });
  return { sql: text, params };
}
