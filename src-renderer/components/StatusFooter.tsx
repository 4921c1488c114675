import type { ReactNode } from 'react';
import type { SystemInfo } from '../../src-shared/contract/system';

export type Connection = { kind: 'checking' } | { kind: 'ok' } | { kind: 'failed'; message: string };

const HOST_LABEL: Record<SystemInfo['host'], string> = {
  electron: 'Desktop app',
  browser: 'Browser, this computer only',
};

/** Which build and host serve this window, and whether the core answers. */
export function StatusFooter({
  info,
  connection,
  sync = null,
}: {
  info: SystemInfo;
  connection: Connection;
  /** The plant-hub line, shown while someone is signed in. */
  sync?: ReactNode;
}) {
  return (
    <footer className="app-footer">
      <span data-testid="connection">{connectionText(connection)}</span>
      {sync}
      <span>
        Version {info.version} · {HOST_LABEL[info.host]}
      </span>
      <span>Database schema version {info.schemaVersion}</span>
    </footer>
  );
}

function connectionText(connection: Connection): string {
  switch (connection.kind) {
    case 'checking':
      return 'Connection: checking…';
    case 'ok':
      return 'Connection: OK';
    case 'failed':
      return `Connection failed: ${connection.message}`;
  }
}
