import type { Language } from '../../../src-shared/i18n/locale';
import { COMMAND_WORDS_EN, COMMAND_WORDS_ES, type CommandWords } from './command-words';

/** A sentence that names a count: one form per Intl plural category the language uses. */
export interface Plural {
  one: string;
  other: string;
  many?: string;
}

/** Every sentence the CLI prints, typed: a key missing from one language is a compile error. */
export interface CliWords extends CommandWords {
  title: string;
  usage: string;
  commandPlaceholder: string;
  optionsPlaceholder: string;
  commands: string;
  options: string;
  commandHelp: string;
  showHelp: string;
  required: string;
  repeatable: string;
  error: string;
  unknownCommand: string;
  runForUsage: string;
  optionRequired: string;
  rows: Plural;
  imported: string;
  fileRefused: string;
  rejectedAll: string;
  importedSome: string;
  problem: string;
  moreRejected: string;
  fixOrPartial: string;
  skipped: string;
  duplicatesHint: string;
  closedOrders: string;
  offDayShifts: string;
  updated: string;
  unchanged: string;
  byClient: string;
  clientCounts: {
    added: string;
    updated: string;
    unchanged: string;
    skipped: string;
    rejected: string;
    nothing: string;
  };
  ignored: string;
  checked: string;
  cannotRead: string;
  skipOrUpsert: string;
  badFormat: string;
  badLang: string;
  exported: string;
  notEnrolled: string;
  hubLine: string;
  lastSynced: string;
  never: string;
  unreachableSince: string;
  waitingLine: string;
  lastError: string;
  pushed: string;
  syncFailed: string;
  noConflicts: string;
  wroteReport: string;
  fieldRow: string;
  fieldFile: string;
  fieldColumn: string;
  /** What an import by a role without approval rights left out (English: workflow-notice.ts). */
  holdsRequested: Plural;
  rowsUnverified: Plural;
}

const EN: CliWords = {
  ...COMMAND_WORDS_EN,
  title: 'FloorKPI command line',
  usage: 'Usage',
  commandPlaceholder: 'command',
  optionsPlaceholder: 'options',
  commands: 'Commands',
  options: 'Options',
  commandHelp: 'Run a command with --help for its options. Add --lang es for Spanish.',
  showHelp: 'show this help',
  required: 'required',
  repeatable: 'repeatable',
  error: 'error',
  unknownCommand: 'unknown command "{{command}}"',
  runForUsage: 'Run "{{command}}" for usage.',
  optionRequired: '--{{name}} is required',
  rows: { one: '{{n}} row', other: '{{n}} rows' },
  imported: 'Imported {{rows}} into {{table}}.',
  fileRefused: 'The file cannot be read as {{table}} rows; nothing was imported:',
  rejectedAll: 'Rejected {{rejected}} of {{rows}}; nothing was imported:',
  importedSome: 'Imported {{taken}} of {{rows}} into {{table}}; rejected {{rejected}}:',
  problem: 'row {{row}}, {{field}}: {{why}}',
  moreRejected: '… {{rejected}} rows were rejected in all; the first {{shown}} problems are shown.',
  fixOrPartial: 'Fix these rows and import the file again, or use --partial to import the valid rows.',
  skipped: 'Skipped {{rows}} already in FloorKPI or repeated in the file.',
  duplicatesHint:
    '{{rows}} already in FloorKPI or repeated in the file: use --skip-duplicates to import the others, or --upsert to update them.',
  closedOrders:
    '{{rows}} book on a held or closed work order: a leader may book them with --confirm-closed-orders (recorded in the audit log).',
  offDayShifts:
    '{{rows}} on a weekend overtime shift dated another day: a leader may enter them with --confirm-off-day-shifts (recorded in the audit log).',
  updated: "{{rows}} updated rows already in FloorKPI to the file's values.",
  unchanged: "{{rows}} already had the file's values.",
  byClient: 'By client: {{clients}}.',
  clientCounts: {
    added: '{{n}} added',
    updated: '{{n}} updated',
    unchanged: '{{n}} unchanged',
    skipped: '{{n}} skipped',
    rejected: '{{n}} rejected',
    nothing: 'nothing',
  },
  ignored: 'Ignored columns the app sets itself: {{columns}}.',
  checked: '{{table}}: {{done}} of {{rows}} checked',
  cannotRead: 'cannot read {{path}} ({{reason}})',
  skipOrUpsert: '--skip-duplicates and --upsert exclude each other: choose one',
  badFormat: '--format must be one of {{formats}}',
  badLang: '--lang must be en or es',
  exported: 'Exported {{rows}} of {{table}} to {{out}}.',
  notEnrolled: 'Not connected to a plant hub.',
  hubLine: 'Hub {{hub}} as {{user}} (device {{device}})',
  lastSynced: 'Last synced {{at}}',
  never: 'never',
  unreachableSince: 'Hub unreachable since {{at}}',
  waitingLine: '{{line}} · {{waiting}} changes waiting · {{conflicts}} open conflicts',
  lastError: 'Last error: {{error}}',
  pushed:
    'Pushed {{sent}} ({{applied}} applied, {{duplicates}} already there, {{conflicts}} conflicts, {{refused}} refused); pulled {{received}} ({{pulledApplied}} applied).',
  syncFailed: 'Sync failed: {{message}}',
  noConflicts: 'No open conflicts.',
  wroteReport: 'Wrote {{out}} ({{file}}, {{kb}} kB).',
  fieldRow: '(row)',
  fieldFile: '(file)',
  fieldColumn: '(column {{n}})',
  holdsRequested: {
    one: "{{n}} hold arrives as a request waiting for a leader's approval: your role cannot approve holds, so {{columns}} were not imported.",
    other:
      "{{n}} holds arrive as requests waiting for a leader's approval: your role cannot approve holds, so {{columns}} were not imported.",
  },
  rowsUnverified: {
    one: '{{n}} row arrives unverified: your role cannot verify or confirm entries, so {{columns}} were not imported.',
    other:
      '{{n}} rows arrive unverified: your role cannot verify or confirm entries, so {{columns}} were not imported.',
  },
};

const ES: CliWords = {
  ...COMMAND_WORDS_ES,
  title: 'FloorKPI en la línea de comandos',
  usage: 'Uso',
  commandPlaceholder: 'comando',
  optionsPlaceholder: 'opciones',
  commands: 'Comandos',
  options: 'Opciones',
  commandHelp: 'Ejecute un comando con --help para ver sus opciones. Agregue --lang en para inglés.',
  showHelp: 'muestra esta ayuda',
  required: 'obligatoria',
  repeatable: 'se puede repetir',
  error: 'error',
  unknownCommand: 'comando desconocido "{{command}}"',
  runForUsage: 'Ejecute "{{command}}" para ver el uso.',
  optionRequired: 'falta --{{name}}, que es obligatoria',
  rows: { one: '{{n}} registro', many: '{{n}} registros', other: '{{n}} registros' },
  imported: 'Se importaron {{rows}} en {{table}}.',
  fileRefused: 'El archivo no se puede leer como registros de {{table}}; no se importó nada:',
  rejectedAll: 'Se rechazaron {{rejected}} de {{rows}}; no se importó nada:',
  importedSome: 'Se importaron {{taken}} de {{rows}} en {{table}}; se rechazaron {{rejected}}:',
  problem: 'registro {{row}}, {{field}}: {{why}}',
  moreRejected:
    '… se rechazaron {{rejected}} registros en total; se muestran los primeros {{shown}} problemas.',
  fixOrPartial:
    'Corrija estos registros e importe el archivo otra vez, o use --partial para importar los registros válidos.',
  skipped: 'Se omitieron {{rows}} que ya estaban en FloorKPI o repetidos en el archivo.',
  duplicatesHint:
    '{{rows}} ya en FloorKPI o repetidos en el archivo: use --skip-duplicates para importar los demás, o --upsert para actualizarlos.',
  closedOrders:
    '{{rows}} registran producción en una orden de trabajo retenida o cerrada: un líder puede registrarlos con --confirm-closed-orders (queda en la bitácora).',
  offDayShifts:
    '{{rows}} están en un turno de tiempo extra de fin de semana con fecha de otro día: un líder puede registrarlos con --confirm-off-day-shifts (queda en la bitácora).',
  updated: '{{rows}} actualizaron registros que ya estaban en FloorKPI con los valores del archivo.',
  unchanged: '{{rows}} ya tenían los valores del archivo.',
  byClient: 'Por cliente: {{clients}}.',
  clientCounts: {
    added: '{{n}} agregados',
    updated: '{{n}} actualizados',
    unchanged: '{{n}} sin cambios',
    skipped: '{{n}} omitidos',
    rejected: '{{n}} rechazados',
    nothing: 'nada',
  },
  ignored: 'Columnas ignoradas que la aplicación llena sola: {{columns}}.',
  checked: '{{table}}: {{done}} de {{rows}} revisados',
  cannotRead: 'no se puede leer {{path}} ({{reason}})',
  skipOrUpsert: '--skip-duplicates y --upsert se excluyen: elija una',
  badFormat: '--format debe ser uno de {{formats}}',
  badLang: '--lang debe ser en o es',
  exported: 'Se exportaron {{rows}} de {{table}} a {{out}}.',
  notEnrolled: 'No está conectado a un servidor de planta.',
  hubLine: 'Servidor {{hub}} como {{user}} (equipo {{device}})',
  lastSynced: 'Última sincronización: {{at}}',
  never: 'nunca',
  unreachableSince: 'Sin conexión con el servidor desde {{at}}',
  waitingLine: '{{line}} · {{waiting}} cambios en espera · {{conflicts}} conflictos abiertos',
  lastError: 'Último error: {{error}}',
  pushed:
    'Enviados {{sent}} ({{applied}} aplicados, {{duplicates}} ya estaban, {{conflicts}} conflictos, {{refused}} rechazados); recibidos {{received}} ({{pulledApplied}} aplicados).',
  syncFailed: 'La sincronización falló: {{message}}',
  noConflicts: 'No hay conflictos abiertos.',
  wroteReport: 'Se escribió {{out}} ({{file}}, {{kb}} kB).',
  fieldRow: '(registro)',
  fieldFile: '(archivo)',
  fieldColumn: '(columna {{n}})',
  holdsRequested: {
    one: '{{n}} retención llega como solicitud en espera de la aprobación de un líder: su rol no puede aprobar retenciones, así que no se importó: {{columns}}.',
    many: '{{n}} retenciones llegan como solicitudes en espera de la aprobación de un líder: su rol no puede aprobar retenciones, así que no se importó: {{columns}}.',
    other:
      '{{n}} retenciones llegan como solicitudes en espera de la aprobación de un líder: su rol no puede aprobar retenciones, así que no se importó: {{columns}}.',
  },
  rowsUnverified: {
    one: '{{n}} registro llega sin verificar: su rol no puede verificar ni confirmar registros, así que no se importó: {{columns}}.',
    many: '{{n}} registros llegan sin verificar: su rol no puede verificar ni confirmar registros, así que no se importó: {{columns}}.',
    other:
      '{{n}} registros llegan sin verificar: su rol no puede verificar ni confirmar registros, así que no se importó: {{columns}}.',
  },
};

/** The CLI's words in each language. */
export const CLI_WORDS: Readonly<Record<Language, CliWords>> = { en: EN, es: ES };

/** The values a sentence names. */
export type Values = Readonly<Record<string, string | number>>;

function fill(text: string, values: Values): string {
  return text.replace(/\{\{(\w+)\}\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}

/** A sentence of the catalogue (not a plural, not a group). */
export type SentenceKey = { [K in keyof CliWords]: CliWords[K] extends string ? K : never }[keyof CliWords];

/** A language's CLI sentences: `say` fills a sentence, `count` picks a plural form (Intl rules), `number` groups digits. */
export function cliText(language: Language) {
  const words = CLI_WORDS[language];
  const locale = language === 'es' ? 'es-MX' : 'en-US';
  const plurals = new Intl.PluralRules(locale);
  const number = (n: number) => n.toLocaleString(locale);
  return {
    language,
    words,
    number,
    say: (key: SentenceKey, values: Values = {}) => fill(words[key], values),
    count: (plural: Plural, n: number) => {
      const form = plurals.select(n);
      const text =
        form === 'one' ? plural.one : form === 'many' ? (plural.many ?? plural.other) : plural.other;
      return fill(text, { n: number(n) });
    },
  };
}
export type CliText = ReturnType<typeof cliText>;
