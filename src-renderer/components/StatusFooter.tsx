import type { SystemInfo } from '../../src-shared/contract/system';

export type Connection = { kind: 'checking' } | { kind: 'ok' } | { kind: 'failed'; message: string };

const HOST_LABEL: Record<SystemInfo['host'], string> = {
  electron: 'Desktop app',
  browser: 'Browser, this computer only',
};

/** Which build and host serve this window, and whether the core answers. */
export function StatusFooter({ info, connection }: { info: SystemInfo; connection: Connection }) {
  return (
    <footer className="app-footer">
      <span data-testid="connection">{connectionText(connection)}</span>
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
