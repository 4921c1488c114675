/**
 * What the commands other than import and sync print, and the refusals of their options, in every
 * language. Typed as one interface: a sentence missing from Spanish is a compile error, and
 * cli-language.test.ts checks both name the same `{{values}}`.
 */
export interface CommandWords {
  noDatabase: string;
  unknownOption: string;
  optionValue: string;
  unexpectedArgument: string;
  badTable: string;
  noSuchUser: string;
  userInactive: string;
  badDate: string;
  fromAfterTo: string;
  oneOf: string;
  requiredOneOf: string;
  wholeNumber: string;
  dbReady: string;
  dbUpToDate: string;
  askPassword: string;
  askHubPassword: string;
  noPassword: string;
  userAdded: string;
  backupExists: string;
  backedUpTo: string;
  backedUpFolder: string;
  backupUnusable: string;
  backupMissing: string;
  backupEmpty: string;
  backupForeign: string;
  backupDamaged: string;
  restoreAsk: string;
  restoreAnswer: string;
  restoreNeedsTerminal: string;
  nothingRestored: string;
  restoredKept: string;
  restoredNew: string;
  idParts: string;
  deleted: string;
  recordNotFound: string;
  recordNotYours: string;
  userExists: string;
  kpiTitle: string;
  noClients: string;
  noData: string;
  estimated: string;
  seedNeedsDemo: string;
  seedHasData: string;
  seeded: string;
  seededPlant: string;
  seedStepPlant: string;
  seedStepClient: string;
  seedStepRollups: string;
  rowsPerTable: string;
  clientsHeading: string;
  signIns: string;
  allClients: string;
  rollupCells: string;
  rollupEqual: string;
  rollupDiffer: string;
  rollupStale: string;
  rollupsVerified: string;
  rollupsDiffer: string;
  rollupsRebuilt: string;
  noHubDatabase: string;
  badPgUrl: string;
  hubReady: string;
  hubUpToDate: string;
  hubAppPassword: string;
  hubUserAdded: string;
  hubUserFor: string;
  noDevices: string;
  deviceRevokedAt: string;
  deviceSynced: string;
  noSuchDevice: string;
  deviceRevoked: string;
  badDays: string;
  pruned: string;
  prunedClients: string;
  badPort: string;
  badConnections: string;
  certAndKey: string;
  notAFolder: string;
  hubListening: string;
  hubUpdates: string;
  hubStopped: string;
  enrolled: string;
  allOfThem: string;
  noneOfThem: string;
  notEnrolledRun: string;
  hubUnreachable: string;
  conflictLine: string;
  conflictField: string;
  conflictStaleVersion: string;
  conflictCreateClash: string;
  conflictNaturalKey: string;
  conflictRefused: string;
  conflictPulledClash: string;
  thisPc: string;
  system: string;
  reportExists: string;
  refusedMissing: string;
  refusedEmpty: string;
  refusedForeign: string;
  refusedDamaged: string;
  refusedNewer: string;
  appError: {
    VALIDATION: string;
    FORBIDDEN: string;
    NOT_FOUND: string;
    CONFLICT: string;
    NEEDS_CONFIRMATION: string;
    UNAUTHENTICATED: string;
    LOCKED: string;
    UNKNOWN_CHANNEL: string;
    BUSY: string;
    UNAVAILABLE: string;
    INTERNAL: string;
  };
}

export const COMMAND_WORDS_EN: CommandWords = {
  noDatabase: 'no database: pass --db FILE or set FLOORKPI_DB',
  unknownOption: 'unknown option {{option}}',
  optionValue: '{{option}} needs a value, or takes none',
  unexpectedArgument: 'unexpected argument "{{argument}}": every value follows its --option',
  badTable: '--table must be one of {{tables}} (got "{{value}}")',
  noSuchUser: 'No user has the id or username "{{user}}".',
  userInactive: 'The user "{{user}}" is not active.',
  badDate: '--{{name}} must be a real date like 2026-03-02 (got "{{value}}")',
  fromAfterTo: '--from must not be after --to',
  oneOf: '--{{name}} must be one of {{allowed}} (got "{{value}}")',
  requiredOneOf: '--{{name}} is required (one of {{allowed}})',
  wholeNumber: '--{{name}} must be a whole number from {{min}} to {{max}} (got "{{value}}")',
  dbReady: 'Database {{file}} is ready (schema version {{version}}; applied {{applied}}).',
  dbUpToDate: 'Database {{file}} is already up to date (schema version {{version}}).',
  askPassword: 'Password for the new user: ',
  askHubPassword: 'Hub password: ',
  noPassword: 'no password: set KPI_PASSWORD, or run in a terminal to be asked for one',
  userAdded: 'Added {{role}} {{username}} ({{id}}).',
  backupExists: '{{out}} already exists: choose a new file for the backup',
  backedUpTo: 'Backed up {{file}} to {{out}} (checked).',
  backedUpFolder: 'Backed up {{file}} to {{out}} ({{size}} MB, checked).',
  backupUnusable: '{{from}} cannot be restored: {{why}}. Nothing was changed.',
  backupMissing: 'there is no such file',
  backupEmpty: 'it is empty',
  backupForeign: 'it is not a FloorKPI database',
  backupDamaged: 'it failed its integrity check',
  restoreAsk:
    'Replace {{file}} with {{from}}? The current database is kept in {{folder}}. Type "{{answer}}" to restore: ',
  restoreAnswer: 'yes',
  restoreNeedsTerminal: 'restore asks before it replaces a database: run it in a terminal, or pass --yes',
  nothingRestored: 'Nothing was restored.',
  restoredKept: 'Restored {{file}} from {{from}}. The database it replaced is kept as {{kept}}.',
  restoredNew: 'Restored {{file}} from {{from}} (there was no database there to keep).',
  idParts: '--id of a {{noun}} has {{parts}} part(s): {{key}}',
  deleted: 'Deleted {{noun}} {{id}}.',
  recordNotFound: 'No {{noun}} {{id}} was found.',
  recordNotYours: 'The {{noun}} {{id}} is not in your clients.',
  userExists: 'A user named {{username}} already exists.',
  kpiTitle: 'KPIs for {{clients}}, {{from}} to {{to}} (as of {{asOf}})',
  noClients: 'no clients',
  noData: 'no data',
  estimated: '(estimated, confidence {{confidence}})',
  seedNeedsDemo: '--demo is required (the demo plant is the only seed)',
  seedHasData: '{{file}} already has data ({{clients}} clients, {{users}} users); use a new file',
  seeded: 'Seeded demo data into {{file}} (seed {{seed}}, scale {{scale}}) in {{seconds}} s:',
  seededPlant: '{{clients}} clients, {{days}} working days from {{from}} to {{to}}.',
  seedStepPlant: 'Plant: {{clients}} clients, {{employees}} employees, {{users}} users',
  seedStepClient:
    '{{client}} ({{n}}/{{of}}): {{orders}} work orders, {{production}} production entries, {{attendance}} attendance records',
  seedStepRollups: 'Rollups: {{clients}} clients',
  rowsPerTable: 'Rows per table:',
  clientsHeading: 'Clients:',
  signIns: "Demo sign-ins (every user's password: {{password}}):",
  allClients: 'all clients',
  rollupCells: '{{table}}: {{cells}} cells, {{outcome}}',
  rollupEqual: 'all equal',
  rollupDiffer: '{{count}} differ',
  rollupStale: 'Stale (not compared, read from raw rows): {{clients}}',
  rollupsVerified: 'Rollups verified.',
  rollupsDiffer: 'Rollups differ from the raw rows: run `rollup rebuild`.',
  rollupsRebuilt: 'Rebuilt the rollups of {{clients}} clients in {{ms}} ms.',
  noHubDatabase: 'no hub database: pass --pg URL or set FLOORKPI_HUB_PG',
  badPgUrl: '--pg must be a postgres:// URL',
  hubReady: 'Hub database is ready (hub schema version {{version}}; applied {{applied}}).',
  hubUpToDate: 'Hub database is already up to date (hub schema version {{version}}).',
  hubAppPassword: '{{role}} may now log in with the password of FLOORKPI_HUB_APP_PASSWORD.',
  hubUserAdded: 'Added {{role}} {{username}} ({{id}}) on the hub{{clients}}.',
  hubUserFor: ' for {{clients}}',
  noDevices: 'No PC is enrolled with this hub yet.',
  deviceRevokedAt: 'revoked {{at}}',
  deviceSynced: 'last push {{push}}, last pull {{pull}}',
  noSuchDevice: 'No device {{device}} is enrolled with this hub.',
  deviceRevoked: 'Revoked {{device}}: it can no longer sync. Enrol it again to bring it back.',
  badDays: '--days must be a whole number of days, 1 or more',
  pruned:
    'Removed {{rows}} deleted rows older than {{days}} days{{clients}} and {{ledger}} old push records.',
  prunedClients: ' (clients {{clients}})',
  badPort: '--port must be 0 to 65535',
  badConnections: '--connections must be 1 or more',
  certAndKey: '--cert and --key go together',
  notAFolder: '--updates: {{path}} is not a folder',
  hubListening: 'FloorKPI hub listening on {{url}}',
  hubUpdates: 'Serving app updates from {{path}} at {{url}}/updates/',
  hubStopped: 'FloorKPI hub stopped ({{signal}}).',
  enrolled:
    'Enrolled with {{hub}} as {{username}} ({{role}}), device {{device}}; clients: {{clients}}. {{rows}} rows queued for the first sync.',
  allOfThem: 'all',
  noneOfThem: 'none',
  notEnrolledRun:
    'This PC is not connected to a plant hub: run "sync join" (or Admin › Connect to plant hub) first.',
  hubUnreachable: 'The hub at {{hub}} did not answer ({{reason}}).',
  conflictLine:
    '#{{id}} {{kind}} {{table}} {{key}}: this PC ({{localUser}}, {{localAt}}) vs hub ({{hubUser}}, {{hubAt}})',
  conflictField: '{{field}}: {{local}} here, {{hub}} on the hub',
  conflictStaleVersion: 'changed on both sides',
  conflictCreateClash: 'created twice',
  conflictNaturalKey: 'same key as another row',
  conflictRefused: 'refused by the hub',
  conflictPulledClash: 'received over a change made here',
  thisPc: 'this PC',
  system: 'system',
  reportExists: '{{out}} already exists: choose a new file, or pass --force to replace it',
  refusedMissing:
    'There is no FloorKPI database at {{file}}. Create one with "init" (the app offers "Create a new database").',
  refusedEmpty:
    '{{file}} is an empty file, not a FloorKPI database. Create one with "init" (the app offers "Create a new database").',
  refusedForeign: '{{file}} is not a FloorKPI database. Nothing was written to it; check the path.',
  refusedDamaged: 'The database {{file}} failed its integrity check. Restore a backup before continuing.',
  refusedNewer: '{{file}} was written by a newer FloorKPI: update this one before opening it.',
  appError: {
    VALIDATION: 'the values are not valid',
    FORBIDDEN: 'this user may not do that',
    NOT_FOUND: 'not found',
    CONFLICT: 'it conflicts with what is stored',
    NEEDS_CONFIRMATION: 'it needs a confirmation',
    UNAUTHENTICATED: 'sign in first',
    LOCKED: 'locked',
    UNKNOWN_CHANNEL: 'unknown request',
    BUSY: 'the database is busy: try again',
    UNAVAILABLE: 'the database is not available',
    INTERNAL: 'an internal error',
  },
};

export const COMMAND_WORDS_ES: CommandWords = {
  noDatabase: 'falta la base de datos: pase --db ARCHIVO o defina FLOORKPI_DB',
  unknownOption: 'opción desconocida {{option}}',
  optionValue: '{{option}} necesita un valor, o no lleva ninguno',
  unexpectedArgument: 'argumento inesperado "{{argument}}": cada valor va después de su --opción',
  badTable: '--table debe ser una de {{tables}} (se recibió "{{value}}")',
  noSuchUser: 'Ningún usuario tiene el ID o nombre de usuario "{{user}}".',
  userInactive: 'El usuario "{{user}}" no está activo.',
  badDate: '--{{name}} debe ser una fecha real como 2026-03-02 (se recibió "{{value}}")',
  fromAfterTo: '--from no puede ser posterior a --to',
  oneOf: '--{{name}} debe ser uno de {{allowed}} (se recibió "{{value}}")',
  requiredOneOf: 'falta --{{name}}, que es obligatoria (uno de {{allowed}})',
  wholeNumber: '--{{name}} debe ser un número entero de {{min}} a {{max}} (se recibió "{{value}}")',
  dbReady:
    'La base de datos {{file}} está lista (versión del esquema {{version}}; se aplicaron {{applied}}).',
  dbUpToDate: 'La base de datos {{file}} ya está al día (versión del esquema {{version}}).',
  askPassword: 'Contraseña del usuario nuevo: ',
  askHubPassword: 'Contraseña del servidor de planta: ',
  noPassword: 'falta la contraseña: defina KPI_PASSWORD, o ejecútelo en una terminal para que se la pida',
  userAdded: 'Se agregó a {{username}} ({{id}}) con el rol {{role}}.',
  backupExists: '{{out}} ya existe: elija un archivo nuevo para la copia de seguridad',
  backedUpTo: 'Se hizo la copia de seguridad de {{file}} en {{out}} (revisada).',
  backedUpFolder: 'Se hizo la copia de seguridad de {{file}} en {{out}} ({{size}} MB, revisada).',
  backupUnusable: 'No se puede restaurar {{from}}: {{why}}. No se cambió nada.',
  backupMissing: 'ese archivo no existe',
  backupEmpty: 'está vacío',
  backupForeign: 'no es una base de datos de FloorKPI',
  backupDamaged: 'no pasó la revisión de integridad',
  restoreAsk:
    '¿Reemplazar {{file}} con {{from}}? La base de datos actual se guarda en {{folder}}. Escriba "{{answer}}" para restaurar: ',
  restoreAnswer: 'sí',
  restoreNeedsTerminal:
    'restore pregunta antes de reemplazar una base de datos: ejecútelo en una terminal, o pase --yes',
  nothingRestored: 'No se restauró nada.',
  restoredKept: 'Se restauró {{file}} desde {{from}}. La base de datos reemplazada se guardó como {{kept}}.',
  restoredNew: 'Se restauró {{file}} desde {{from}} (no había base de datos que guardar).',
  idParts: '--id de {{noun}} tiene {{parts}} parte(s): {{key}}',
  deleted: 'Se borró el registro {{id}} de {{noun}}.',
  recordNotFound: 'No se encontró el registro {{id}} de {{noun}}.',
  recordNotYours: 'El registro {{id}} de {{noun}} no es de sus clientes.',
  userExists: 'Ya existe un usuario llamado {{username}}.',
  kpiTitle: 'Indicadores de {{clients}}, del {{from}} al {{to}} (al {{asOf}})',
  noClients: 'ningún cliente',
  noData: 'sin datos',
  estimated: '(estimado, confianza {{confidence}})',
  seedNeedsDemo: 'falta --demo, que es obligatoria (la planta de demostración es la única opción)',
  seedHasData: '{{file}} ya tiene datos ({{clients}} clientes, {{users}} usuarios); use un archivo nuevo',
  seeded:
    'Se cargaron datos de demostración en {{file}} (semilla {{seed}}, escala {{scale}}) en {{seconds}} s:',
  seededPlant: '{{clients}} clientes, {{days}} días laborales del {{from}} al {{to}}.',
  seedStepPlant: 'Planta: {{clients}} clientes, {{employees}} empleados, {{users}} usuarios',
  seedStepClient:
    '{{client}} ({{n}}/{{of}}): {{orders}} órdenes de trabajo, {{production}} registros de producción, {{attendance}} registros de asistencia',
  seedStepRollups: 'Acumulados: {{clients}} clientes',
  rowsPerTable: 'Registros por tabla:',
  clientsHeading: 'Clientes:',
  signIns: 'Usuarios de demostración (contraseña de todos: {{password}}):',
  allClients: 'todos los clientes',
  rollupCells: '{{table}}: {{cells}} celdas, {{outcome}}',
  rollupEqual: 'todas iguales',
  rollupDiffer: '{{count}} difieren',
  rollupStale: 'Pendientes (no comparados, se leen de los registros): {{clients}}',
  rollupsVerified: 'Acumulados verificados.',
  rollupsDiffer: 'Los acumulados difieren de los registros: ejecute `rollup rebuild`.',
  rollupsRebuilt: 'Se recalcularon los acumulados de {{clients}} clientes en {{ms}} ms.',
  noHubDatabase: 'falta la base del servidor de planta: pase --pg URL o defina FLOORKPI_HUB_PG',
  badPgUrl: '--pg debe ser una URL postgres://',
  hubReady:
    'La base del servidor de planta está lista (versión del esquema {{version}}; se aplicaron {{applied}}).',
  hubUpToDate: 'La base del servidor de planta ya está al día (versión del esquema {{version}}).',
  hubAppPassword: '{{role}} ya puede entrar con la contraseña de FLOORKPI_HUB_APP_PASSWORD.',
  hubUserAdded: 'Se agregó a {{username}} ({{id}}) con el rol {{role}} en el servidor de planta{{clients}}.',
  hubUserFor: ' para {{clients}}',
  noDevices: 'Todavía no hay ninguna PC inscrita en este servidor.',
  deviceRevokedAt: 'revocada el {{at}}',
  deviceSynced: 'último envío {{push}}, última recepción {{pull}}',
  noSuchDevice: 'No hay ningún equipo {{device}} inscrito en este servidor.',
  deviceRevoked: 'Se revocó {{device}}: ya no puede sincronizar. Inscríbala otra vez para recuperarla.',
  badDays: '--days debe ser un número entero de días, 1 o más',
  pruned:
    'Se quitaron {{rows}} registros borrados de hace más de {{days}} días{{clients}} y {{ledger}} constancias de envío viejas.',
  prunedClients: ' (clientes {{clients}})',
  badPort: '--port debe ir de 0 a 65535',
  badConnections: '--connections debe ser 1 o más',
  certAndKey: '--cert y --key van juntas',
  notAFolder: '--updates: {{path}} no es una carpeta',
  hubListening: 'Servidor de planta de FloorKPI escuchando en {{url}}',
  hubUpdates: 'Se sirven las actualizaciones de la aplicación de {{path}} en {{url}}/updates/',
  hubStopped: 'Servidor de planta de FloorKPI detenido ({{signal}}).',
  enrolled:
    'Inscrita en {{hub}} como {{username}} ({{role}}), equipo {{device}}; clientes: {{clients}}. {{rows}} registros esperan la primera sincronización.',
  allOfThem: 'todos',
  noneOfThem: 'ninguno',
  notEnrolledRun:
    'Esta PC no está conectada a un servidor de planta: ejecute primero "sync join" (o Administración › Conectar al servidor de planta).',
  hubUnreachable: 'El servidor de planta en {{hub}} no respondió ({{reason}}).',
  conflictLine:
    '#{{id}} {{kind}} {{table}} {{key}}: esta PC ({{localUser}}, {{localAt}}) contra el servidor ({{hubUser}}, {{hubAt}})',
  conflictField: '{{field}}: {{local}} aquí, {{hub}} en el servidor',
  conflictStaleVersion: 'cambiado en los dos lados',
  conflictCreateClash: 'creado dos veces',
  conflictNaturalKey: 'misma clave que otro registro',
  conflictRefused: 'rechazado por el servidor',
  conflictPulledClash: 'recibido sobre un cambio hecho aquí',
  thisPc: 'esta PC',
  system: 'sistema',
  reportExists: '{{out}} ya existe: elija un archivo nuevo, o pase --force para reemplazarlo',
  refusedMissing:
    'No hay una base de datos de FloorKPI en {{file}}. Créela con "init" (la aplicación ofrece "Crear una base de datos nueva").',
  refusedEmpty:
    '{{file}} es un archivo vacío, no una base de datos de FloorKPI. Créela con "init" (la aplicación ofrece "Crear una base de datos nueva").',
  refusedForeign: '{{file}} no es una base de datos de FloorKPI. No se escribió nada en él; revise la ruta.',
  refusedDamaged:
    'La base de datos {{file}} no pasó la revisión de integridad. Restaure una copia de seguridad antes de seguir.',
  refusedNewer: '{{file}} la escribió un FloorKPI más nuevo: actualice este antes de abrirla.',
  appError: {
    VALIDATION: 'los valores no son válidos',
    FORBIDDEN: 'este usuario no puede hacer eso',
    NOT_FOUND: 'no se encontró',
    CONFLICT: 'choca con lo que ya está guardado',
    NEEDS_CONFIRMATION: 'necesita una confirmación',
    UNAUTHENTICATED: 'inicie sesión primero',
    LOCKED: 'bloqueado',
    UNKNOWN_CHANNEL: 'solicitud desconocida',
    BUSY: 'la base de datos está ocupada: intente de nuevo',
    UNAVAILABLE: 'la base de datos no está disponible',
    INTERNAL: 'un error interno',
  },
};
