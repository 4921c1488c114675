import { useRef } from 'react';
import { useScopeStore } from '../../stores/scope-store';
import { unsavedTotal, useUnsavedStore } from '../../stores/unsaved-store';

/**
 * The one client data is entered for: the header's choice. When "All clients" is picked while rows
 * are unsaved, the last client stays, so its grid (and the unsaved rows) stay on screen until they
 * are saved or discarded.
 */
export function useEntryClient(): string | null {
  const client = useScopeStore((s) => s.client);
  const unsaved = useUnsavedStore((s) => unsavedTotal(s.counts) > 0);
  const last = useRef<string | null>(client);
  if (client !== null) last.current = client;
  return client ?? (unsaved ? last.current : null);
}
