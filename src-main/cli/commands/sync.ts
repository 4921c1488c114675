import { openDatabase } from '../../db/open';
import { listConflicts } from '../../sync/conflicts';
import { HubError } from '../../sync/hub-client';
import { joinHub } from '../../sync/join';
import { NotEnrolledError, syncRound } from '../../sync/sync-round';
import { syncStatus } from '../../sync/sync-state';
import { CliError, type Command } from '../command';
import { cliText } from '../i18n/cli-words';
import { DB_OPTION, dbPathOption, requireOption, stringOption } from '../options';

const JSON_OPTION = { type: 'boolean', description: 'print JSON' } as const;

/** `sync join`: enrols this PC's database with a plant hub as an ADMIN, POWERUSER or LEADER. */
export const syncJoinCommand: Command = {
  words: ['sync', 'join'],
  summary: 'Enrol this database with a plant hub (password from $KPI_PASSWORD or a prompt)',
  options: {
    db: DB_OPTION,
    hub: { type: 'string', value: 'URL', description: 'the hub, e.g. http://plant-hub:8470', required: true },
    username: {
      type: 'string',
      value: 'NAME',
      description: 'a hub user (ADMIN, POWERUSER or LEADER)',
      required: true,
    },
    name: { type: 'string', value: 'TEXT', description: "this PC's name in the hub's device list" },
    json: JSON_OPTION,
  },
  details:
    'Example:\n  KPI_PASSWORD=... npm run --silent cli -- sync join --db plant.db --hub http://plant-hub:8470 --username ana',
  async run(values, io) {
    const file = dbPathOption(values, io.env);
    const password = io.env.KPI_PASSWORD ?? (await io.promptSecret('Hub password: '));
    if (!password)
      throw new CliError('no password: set KPI_PASSWORD, or run in a terminal to be asked for one');
    const database = openDatabase(file);
    try {
      const joined = await joinHub(database.sqlite, {
        hubUrl: requireOption(values, 'hub'),
        username: requireOption(values, 'username'),
        password,
        ...(stringOption(values, 'name') ? { deviceName: stringOption(values, 'name') ?? undefined } : {}),
      });
      if (values.json === true) io.out(`${JSON.stringify(joined, null, 2)}\n`);
      else
        io.out(
          `Enrolled with ${joined.hubUrl} as ${joined.joined.username} (${joined.joined.role}), device ${joined.deviceId}; ` +
            `clients: ${joined.scope.all ? 'all' : joined.scope.clients.join(', ') || 'none'}. ` +
            `${joined.backfilled} rows queued for the first sync.\n`,
        );
      return 0;
    } catch (error) {
      if (error instanceof HubError) throw new CliError(`${error.code}: ${error.message}`);
      if (error instanceof Error && error.name === 'HubUnreachableError') throw new CliError(error.message);
      throw error;
    } finally {
      await database.close();
    }
  },
};

/** `sync`: one push and pull round with the enrolled hub. */
export const syncCommand: Command = {
  words: ['sync'],
  summary: "Push this PC's changes to the plant hub and pull everyone else's (one round)",
  options: { db: DB_OPTION, json: JSON_OPTION },
  async run(values, io) {
    const database = openDatabase(dbPathOption(values, io.env));
    try {
      const words = cliText(io.language ?? 'en');
      const result = await syncRound(database.sqlite);
      if (values.json === true)
        io.out(`${JSON.stringify({ ...result, status: syncStatus(database.sqlite) }, null, 2)}\n`);
      else if (result.ok)
        io.out(
          `${words.say('pushed', {
            sent: result.push.sent,
            applied: result.push.applied,
            duplicates: result.push.duplicates,
            conflicts: result.push.conflicts,
            refused: result.push.refused,
            received: result.pull.received,
            pulledApplied: result.pull.applied,
          })}\n`,
        );
      else io.err(`${words.say('syncFailed', { message: result.message })}\n`);
      return result.ok ? 0 : 1;
    } catch (error) {
      if (error instanceof NotEnrolledError) throw new CliError(error.message);
      throw error;
    } finally {
      await database.close();
    }
  },
};

/** `sync status`: the hub, the last sync, and what waits. */
export const syncStatusCommand: Command = {
  words: ['sync', 'status'],
  summary: 'Show the hub this PC syncs with, the last sync and the changes waiting',
  options: { db: DB_OPTION, json: JSON_OPTION },
  async run(values, io) {
    const database = openDatabase(dbPathOption(values, io.env));
    try {
      const words = cliText(io.language ?? 'en');
      const status = syncStatus(database.sqlite);
      if (values.json === true) io.out(`${JSON.stringify(status, null, 2)}\n`);
      else if (!status.enrolled) io.out(`${words.say('notEnrolled')}\n`);
      else {
        const line = status.unreachableSince
          ? words.say('unreachableSince', { at: status.unreachableSince })
          : words.say('lastSynced', { at: status.lastSuccessAt ?? words.words.never });
        io.out(
          `${words.say('hubLine', { hub: status.hubUrl ?? '', user: status.username ?? '', device: status.deviceId ?? '' })}\n` +
            `${words.say('waitingLine', { line, waiting: status.waiting, conflicts: status.openConflicts })}\n` +
            (status.lastError ? `${words.say('lastError', { error: status.lastError })}\n` : ''),
        );
      }
      return 0;
    } finally {
      await database.close();
    }
  },
};

/** `sync conflicts`: the open conflicts with both sides, field by field. */
export const syncConflictsCommand: Command = {
  words: ['sync', 'conflicts'],
  summary: "List open sync conflicts with both sides' values",
  options: { db: DB_OPTION, json: JSON_OPTION, all: { type: 'boolean', description: 'resolved ones too' } },
  async run(values, io) {
    const database = openDatabase(dbPathOption(values, io.env));
    try {
      const conflicts = listConflicts(database.sqlite, { all: values.all === true });
      if (values.json === true) {
        io.out(`${JSON.stringify(conflicts, null, 2)}\n`);
        return 0;
      }
      if (conflicts.length === 0) io.out(`${cliText(io.language ?? 'en').say('noConflicts')}\n`);
      for (const c of conflicts) {
        io.out(
          `#${c.conflictId} ${c.kind} ${c.table} ${Object.values(c.key).join('/')}: this PC (${c.localUserId ?? 'system'}, ${c.localAt}) vs hub (${c.hubUserId ?? '-'}, ${c.hubAt ?? '-'})${c.message ? ` — ${c.message}` : ''}\n`,
        );
        for (const f of c.fields)
          io.out(`    ${f.field}: ${JSON.stringify(f.local)} here, ${JSON.stringify(f.hub)} on the hub\n`);
      }
      return 0;
    } finally {
      await database.close();
    }
  },
};
