import { pruneTombstones } from '../../../src-hub/admin/prune';
import { CliError, type Command } from '../command';
import { stringOption } from '../options';
import { hubDatabase, PG_OPTION } from './hub-options';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `hub prune`: tombstone retention, so the hub's deleted rows do not grow forever. */
export const hubPruneCommand: Command = {
  words: ['hub', 'prune'],
  summary: 'Remove deleted rows older than a retention period from the hub',
  options: {
    pg: PG_OPTION,
    days: { type: 'string', value: 'N', description: 'retention in days (default: 180)' },
  },
  details:
    'A PC that has not synced a client since before the removed deletions resyncs that client from scratch\n' +
    'on its next pull (its unsent changes are pushed first). Run it from a timer, e.g. weekly.',
  async run(values, io) {
    const days = Number(stringOption(values, 'days') ?? '180');
    if (!Number.isInteger(days) || days < 1)
      throw new CliError('--days must be a whole number of days, 1 or more');
    const hub = hubDatabase(values, io.env, 'owner', 1);
    try {
      const result = await pruneTombstones(hub.db, new Date(Date.now() - days * DAY_MS));
      const total = Object.values(result.removed).reduce((a, b) => a + (b ?? 0), 0);
      io.out(
        `Removed ${total} deleted rows older than ${days} days` +
          (result.clients.length > 0 ? ` (clients ${result.clients.join(', ')})` : '') +
          ` and ${result.ledgerRows} old push records.\n`,
      );
      return 0;
    } finally {
      await hub.close();
    }
  },
};
