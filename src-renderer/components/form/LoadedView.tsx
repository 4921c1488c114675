import type { ReactNode } from 'react';
import type { Loaded } from './use-load';

/** Shows a load's state in plain words: loading, why it failed, or the data (`what`: "the users"). */
export function LoadedView<T>({
  loaded,
  what,
  children,
}: {
  loaded: Loaded<T>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (loaded.kind === 'loading') return <p role="status">Loading {what}…</p>;
  if (loaded.kind === 'failed') {
    return (
      <p className="form-error" role="alert">
        {what.charAt(0).toUpperCase() + what.slice(1)} could not be loaded: {loaded.message}
      </p>
    );
  }
  return <>{children(loaded.data)}</>;
}
