import type { SqlFragment } from '../../tenancy/sql-scope';

/** A value to bind, or a fragment (SQL with its own parameters) to inline. */
export type SqlPart = SqlFragment | string | number | null;

/** SQL text built from our own constants (expressions, lists): inlined, binds nothing. */
export function raw(text: string): SqlFragment {
  return { sql: text, params: [] };
}

/**
 * Builds SQL whose parameters are collected in the order their `?` appear: the KPI queries inline
 * the tenant filter of several aliases and bind the dates many times, and positional parameters
 * written by hand drift out of order silently.
 */
export function sql(strings: TemplateStringsArray, ...parts: SqlPart[]): SqlFragment {
  let text = strings[0] ?? '';
  const params: unknown[] = [];
  parts.forEach((part, i) => {
    if (part !== null && typeof part === 'object') {
      text += part.sql;
      params.push(...part.params);
    } else {
      text += '?';
      params.push(part);
    }
    text += strings[i + 1] ?? '';
  });
  return { sql: text, params };
}
