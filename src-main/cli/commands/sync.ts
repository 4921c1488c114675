import { enumWord } from '../../../src-shared/i18n/enum-words';
import { hubRefusalText, syncFailureText } from '../../../src-shared/sync/hub-failure-text';
import { openDatabase } from '../../db/open';
import { listConflicts } from '../../sync/conflicts';
import { HubError, HubUnreachableError } from '../../sync/hub-client';
import { joinHub } from '../../sync/join';
import { NotEnrolledError, syncRound } from '../../sync/sync-round';
import { syncStatus } from '../../sync/sync-state';
import { CliError, type Command, cliError } from '../command';
import { type CliText, cliText } from '../i18n/cli-words';
import { DB_OPTION, dbPathOption, requireOption, stringOption } from '../options';

const JSON_OPTION = { type: 'boolean', description: { en: 'print JSON', es: 'imprime JSON' } } as const;

/** `sync join`: enrols this PC's database with a plant hub as an ADMIN, POWERUSER or LEADER. */
export const syncJoinCommand: Command = {
  words: ['sync', 'join'],
  summary: {
    en: 'Enrol this database with a plant hub (password from $KPI_PASSWORD or a prompt)',
    es: 'Inscribe esta base de datos en un servidor de planta (contraseña de $KPI_PASSWORD o preguntada)',
  },
  options: {
    db: DB_OPTION,
    hub: {
      type: 'string',
      value: 'URL',
      description: {
        en: 'the hub, e.g. http://plant-hub:8470',
        es: 'el servidor de planta, p. ej. http://plant-hub:8470',
      },
      required: true,
    },
    username: {
      type: 'string',
      value: 'NAME',
      description: {
        en: 'a hub user (ADMIN, POWERUSER or LEADER)',
        es: 'un usuario del servidor (ADMIN, POWERUSER o LEADER)',
      },
      required: true,
    },
    name: {
      type: 'string',
      value: 'TEXT',
      description: {
        en: "this PC's name in the hub's device list",
        es: 'el nombre de esta PC en la lista de equipos del servidor',
      },
    },
    json: JSON_OPTION,
  },
  details: {
    en: 'Example:\n  KPI_PASSWORD=... npm run --silent cli -- sync join --db plant.db --hub http://plant-hub:8470 --username ana',
    es: 'Ejemplo:\n  KPI_PASSWORD=... npm run --silent cli -- sync join --db planta.db --hub http://plant-hub:8470 --username ana',
  },
  async run(values, io) {
    const text = cliText(io.language ?? 'en');
    const file = dbPathOption(values, io.env);
    const hubUrl = requireOption(values, 'hub');
    const password = io.env.KPI_PASSWORD ?? (await io.promptSecret(text.say('askHubPassword')));
    if (!password) throw cliError('noPassword');
    const database = openDatabase(file);
    try {
      const joined = await joinHub(database.sqlite, {
        hubUrl,
        username: requireOption(values, 'username'),
        password,
        ...(stringOption(values, 'name') ? { deviceName: stringOption(values, 'name') ?? undefined } : {}),
      });
      if (values.json === true) io.out(`${JSON.stringify(joined, null, 2)}\n`);
      else {
        const { role, username } = joined.joined;
        const clients = joined.scope.all
          ? text.words.allOfThem
          : joined.scope.clients.join(', ') || text.words.noneOfThem;
        io.out(
          `${text.say('enrolled', {
            hub: joined.hubUrl,
            username,
            role: text.language === 'en' ? role : (enumWord(text.language, 'role', role) ?? role),
            device: joined.deviceId,
            clients,
            rows: joined.backfilled,
          })}\n`,
        );
      }
      return 0;
    } catch (error) {
      if (error instanceof HubError)
        throw new CliError(syncFailureText(error, 'join', { language: text.language, format: null }));
      if (error instanceof HubUnreachableError)
        throw new CliError(
          text.language === 'en'
            ? error.message
            : text.say('hubUnreachable', {
                hub: hubUrl,
                reason: /\((.*)\)\.$/.exec(error.message)?.[1] ?? '',
              }),
        );
      throw error;
    } finally {
      await database.close();
    }
  },
};

/** `sync`: one push and pull round with the enrolled hub. */
export const syncCommand: Command = {
  words: ['sync'],
  summary: {
    en: "Push this PC's changes to the plant hub and pull everyone else's (one round)",
    es: 'Envía los cambios de esta PC al servidor de planta y recibe los de los demás (una ronda)',
  },
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
      else
        io.err(
          `${words.say('syncFailed', { message: syncFailureText(result, 'sync', { language: words.language, format: null }) })}\n`,
        );
      return result.ok ? 0 : 1;
    } catch (error) {
      if (error instanceof NotEnrolledError) throw cliError('notEnrolledRun');
      throw error;
    } finally {
      await database.close();
    }
  },
};

/** `sync status`: the hub, the last sync, and what waits. */
export const syncStatusCommand: Command = {
  words: ['sync', 'status'],
  summary: {
    en: 'Show the hub this PC syncs with, the last sync and the changes waiting',
    es: 'Muestra el servidor con que sincroniza esta PC, la última sincronización y los cambios en espera',
  },
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
  summary: {
    en: "List open sync conflicts with both sides' values",
    es: 'Lista los conflictos de sincronización abiertos con los valores de ambos lados',
  },
  options: {
    db: DB_OPTION,
    json: JSON_OPTION,
    all: { type: 'boolean', description: { en: 'resolved ones too', es: 'también los resueltos' } },
  },
  async run(values, io) {
    const database = openDatabase(dbPathOption(values, io.env));
    try {
      const conflicts = listConflicts(database.sqlite, { all: values.all === true });
      if (values.json === true) {
        io.out(`${JSON.stringify(conflicts, null, 2)}\n`);
        return 0;
      }
      const text = cliText(io.language ?? 'en');
      if (conflicts.length === 0) io.out(`${text.say('noConflicts')}\n`);
      for (const c of conflicts) {
        const line = text.say('conflictLine', {
          id: c.conflictId,
          kind: conflictKindText(c.kind, text),
          table: c.table,
          key: Object.values(c.key).join('/'),
          localUser: c.localUserId ?? text.words.system,
          localAt: c.localAt,
          hubUser: c.hubUserId ?? '-',
          hubAt: c.hubAt ?? '-',
        });
        io.out(
          `${line}${c.message ? ` — ${hubRefusalText(c.message, { language: text.language, format: null })}` : ''}\n`,
        );
        for (const f of c.fields) {
          const values = { field: f.field, local: JSON.stringify(f.local), hub: JSON.stringify(f.hub) };
          io.out(`    ${text.say('conflictField', values)}\n`);
        }
      }
      return 0;
    } finally {
      await database.close();
    }
  },
};

/** The words `sync conflicts` shows for a conflict's kind (the code itself for a kind it does not know). */
export function conflictKindText(kind: string, text: CliText): string {
  const key = (
    {
      stale_version: 'conflictStaleVersion',
      create_clash: 'conflictCreateClash',
      natural_key: 'conflictNaturalKey',
      refused: 'conflictRefused',
      pulled_clash: 'conflictPulledClash',
    } as const
  )[kind];
  return key ? text.say(key) : kind;
}
