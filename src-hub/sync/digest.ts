import { createHash } from 'node:crypto';
import type { Mutation } from '../../src-shared/sync/protocol';

/** JSON with object keys sorted, so the same mutation always gives the same text. */
function stable(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
}

/**
 * A mutation's fingerprint (its id aside). A retried push sends the same entries, so the same
 * digests; a PC restored from an old backup reuses ids for other changes, which the hub then sees.
 */
export function mutationDigest(mutation: Mutation): string {
  const { mutationId: _id, ...content } = mutation;
  return createHash('sha256').update(stable(content)).digest('base64url');
}
