import { pruneTombstones } from '../../../src-hub/admin/prune';
import { type Command, cliError } from '../command';
import { cliText } from '../i18n/cli-words';
import { stringOption } from '../options';
import { hubDatabase, PG_OPTION } from './hub-options';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `hub prune`: tombstone retention, so the hub's deleted rows do not grow forever. */
export const hubPruneCommand: Command = {
  words: ['hub', 'prune'],
  summary: {
    en: 'Remove deleted rows older than a retention period from the hub',
    es: 'Quita del servidor los registros borrados más antiguos que un periodo de retención',
  },
  options: {
    pg: PG_OPTION,
    days: {
      type: 'string',
      value: 'N',
      description: { en: 'retention in days (default: 180)', es: 'retención en días (por omisión: 180)' },
    },
  },
  details: {
    en:
      'A PC that has not synced a client since before the removed deletions resyncs that client from scratch\n' +
      'on its next pull (its unsent changes are pushed first). Run it from a timer, e.g. weekly.',
    es:
      'Una PC que no ha sincronizado un cliente desde antes de los borrados quitados vuelve a recibir ese\n' +
      'cliente completo en su siguiente recepción (antes envía sus cambios pendientes). Prográmelo, p. ej. cada semana.',
  },
  async run(values, io) {
    const text = cliText(io.language ?? 'en');
    const days = Number(stringOption(values, 'days') ?? '180');
    if (!Number.isInteger(days) || days < 1) throw cliError('badDays');
    const hub = hubDatabase(values, io.env, 'owner', 1);
    try {
      const result = await pruneTombstones(hub.db, new Date(Date.now() - days * DAY_MS));
      const total = Object.values(result.removed).reduce((a, b) => a + (b ?? 0), 0);
      const clients =
        result.clients.length > 0 ? text.say('prunedClients', { clients: result.clients.join(', ') }) : '';
      io.out(`${text.say('pruned', { rows: total, days, clients, ledger: result.ledgerRows })}\n`);
      return 0;
    } finally {
      await hub.close();
    }
  },
};
