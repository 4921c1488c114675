import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../src-shared/contract/auth';
import { PickOneClient } from '../../components/grid/PickOneClient';
import { useEntryClient } from '../../components/grid/use-entry-client';

interface ClientGateProps {
  me: Me;
  /** What is kept per client, for the question: "Products and cycle times are kept per client." */
  what: string;
  children(clientId: string): ReactNode;
}

/**
 * Lists kept per client need one client: the header's pick, or (under "All clients") a question
 * asking for one. Unsaved rows keep their client on screen until saved or discarded.
 */
export function ClientGate({ me, what, children }: ClientGateProps) {
  const { t } = useTranslation();
  const client = useEntryClient();
  if (client === null) return <PickOneClient me={me} what={what} message={t('clients.gate', { what })} />;
  return children(client);
}
