import type { SqlFragment } from '../../tenancy/sql-scope';

/**
 * Builds one statement from literal SQL and interpolated fragments, keeping each fragment's
 * parameters in the order of its placeholders. A plain string is spliced in as SQL (only ever
 * static text or a group-key expression from `groupKeySql`), never as a value: values go
 * through `param`.
 */
export function sql(strings: TemplateStringsArray, ...parts: (SqlFragment | string)[]): SqlFragment {
  let text = strings[0] ?? '';
  const params: unknown[] = [];
  parts.forEach((part, i) => {
    if (typeof part === 'string') text += part;
    else {
      text += part.sql;
      params.push(...part.params);
    }
    text += strings[i + 1] ?? '';
  });
  return { sql: text, params };
}

/** One bound value. */
export function param(value: unknown): SqlFragment {
  return { sql: '?', params: [value] };
}
