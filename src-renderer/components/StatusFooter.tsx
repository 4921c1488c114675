import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SystemInfo } from '../../src-shared/contract/system';
import { i18next } from '../i18n/i18n';

export type Connection = { kind: 'checking' } | { kind: 'ok' } | { kind: 'failed'; message: string };

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
  const { t } = useTranslation();
  return (
    <footer className="app-footer">
      <span data-testid="connection">{connectionText(connection)}</span>
      {sync}
      <span>{t('footer.version', { version: info.version, host: t(`footer.hosts.${info.host}`) })}</span>
      <span>{t('footer.schema', { version: info.schemaVersion })}</span>
    </footer>
  );
}

function connectionText(connection: Connection): string {
  switch (connection.kind) {
    case 'checking':
      return i18next.t('footer.checking');
    case 'ok':
      return i18next.t('footer.ok');
    case 'failed':
      return i18next.t('footer.failed', { message: connection.message });
  }
}
