import type { CatalogueOf } from '../catalogue-shape';
import type { system as en } from '../en/system';

/** El sistema alrededor de las pantallas: primer inicio, bloqueo, recuperación, respaldos, actualizaciones. */
export const system: CatalogueOf<typeof en> = {
  firstStart: {
    demoTitle: 'Usuarios de demostración',
    demoReady:
      'La planta de demostración está lista. Todos los usuarios de demostración tienen la contraseña',
    title: 'Primer inicio',
    noDatabase: 'Todavía no hay base de datos de FloorKPI. Cualquiera de las dos opciones crea una nueva en',
    noDatabaseEmptyFile:
      'Todavía no hay base de datos de FloorKPI (el archivo está vacío). Cualquiera de las dos opciones crea una nueva en',
    noUsers: 'Esta planta todavía no tiene usuarios.',
    emptyDatabase: 'La base de datos está vacía. Esta planta todavía no tiene usuarios.',
    demo: 'Empezar con datos de demostración',
    demoText:
      'Una planta de ejemplo con cinco clientes, dos meses de producción, calidad, paros y asistencia, y un usuario para cada rol. Sirve para probar FloorKPI.',
    empty: 'Empezar vacía',
    emptyText: 'Cree al primer administrador y luego agregue los clientes, usuarios y metas de esta planta.',
    creating: 'Creando la base de datos…',
    loadingDemo: 'Cargando la planta de demostración…',
    createFailed: 'No se pudo crear la base de datos',
    demoFailed: 'No se pudo cargar la planta de demostración',
    failed: '{{what}}: {{message}}',
  },
  setup: {
    title: 'Crear al primer administrador',
    intro: 'Esta persona puede agregar clientes, usuarios y metas. Guarde la contraseña en un lugar seguro.',
    username: 'Usuario',
    fullName: 'Nombre completo',
    password: 'Contraseña',
    confirm: 'Confirmar contraseña',
    passwordHint: 'Al menos 8 caracteres.',
    notSame: 'Las dos contraseñas no son iguales.',
    submit: 'Crear administrador',
    back: 'Regresar',
  },
  lock: {
    title: 'Bloqueada',
    password: 'Contraseña',
    enterPassword: 'Escriba su contraseña.',
    unlock: 'Desbloquear',
    unwritten:
      'Algunos registros sin guardar de {{name}} todavía no se pudieron conservar: se conservan cuando {{name}} desbloquee. Si otra persona entra ahora, esos registros se pierden.',
    someoneElse: '¿No es usted? Entrar con otro usuario',
  },
  recovery: {
    titles: {
      damaged: 'La base de datos de la planta está dañada',
      foreign: 'Esta no es una base de datos de FloorKPI',
      newer: 'Esta base de datos necesita una versión más nueva de FloorKPI',
      other: 'No se puede usar la base de datos de la planta',
    },
    file: 'Archivo de la base de datos:',
    installNewer: 'Instale la versión más nueva de FloorKPI que escribió este archivo; no se cambió nada.',
    latest: 'Último respaldo bueno',
    restoreText:
      'Restaurarlo deja la planta como estaba en ese momento: lo que se capturó después hay que capturarlo de nuevo. El archivo actual se guarda tal como está en la carpeta de respaldos.',
    restoring: 'Restaurando…',
    confirm: 'Sí, restaurar este respaldo',
    restore: 'Restaurar este respaldo…',
    failed: 'No se restauró nada: {{message}}',
    noBackupBefore: 'No se encontró ningún respaldo de esta base de datos en la carpeta',
    noBackupAfter:
      'que está junto a ella. Copie ahí un respaldo y vuelva a iniciar FloorKPI, o inícielo con otro archivo de base de datos (FLOORKPI_DB).',
  },
  backup: {
    kinds: {
      daily: 'Diario',
      migration: 'Antes de una actualización',
      restore: 'Antes de una restauración',
      manual: 'Hecho a petición',
      damaged: 'Archivo dañado apartado',
    },
  },
  update: {
    region: 'Actualización lista',
    restartNow: 'Reiniciar ahora',
    restarting: 'Reiniciando…',
    later: 'Más tarde',
    waitRows_one:
      'FloorKPI {{version}} está lista. Guarde o descarte {{count}} registro sin guardar y luego reinicie para instalarla.',
    waitRows_many:
      'FloorKPI {{version}} está lista. Guarde o descarte sus {{count}} registros sin guardar y luego reinicie para instalarla.',
    waitRows_other:
      'FloorKPI {{version}} está lista. Guarde o descarte sus {{count}} registros sin guardar y luego reinicie para instalarla.',
    ready: 'FloorKPI {{version}} está lista. Reinicie ahora para instalarla (tarda como un minuto).',
    state: {
      unavailable: 'Las actualizaciones no están disponibles aquí.',
      idle: 'FloorKPI busca actualizaciones una vez al día.',
      checking: 'Buscando actualizaciones en el servidor de planta…',
      upToDate: 'FloorKPI {{version}} es la versión más reciente.',
      downloading: 'Descargando FloorKPI {{version}} en segundo plano… {{percent}}',
      downloaded: 'FloorKPI {{version}} ya se descargó y está lista para instalarse.',
      failed: 'La última búsqueda de actualizaciones falló.',
    },
    source: {
      environment: 'fijada para esta PC por Sistemas (FLOORKPI_UPDATE_URL)',
      setting: 'fijada en Administración en esta PC',
      'built-in': 'incluida en el instalador',
      none: 'sin fijar',
    },
  },
  importSummary: {
    added_one: '{{formatted}} agregado',
    added_many: '{{formatted}} agregados',
    added_other: '{{formatted}} agregados',
    updated_one: '{{formatted}} actualizado',
    updated_many: '{{formatted}} actualizados',
    updated_other: '{{formatted}} actualizados',
    unchanged_one: '{{formatted}} sin cambios',
    unchanged_many: '{{formatted}} sin cambios',
    unchanged_other: '{{formatted}} sin cambios',
    skipped_one: '{{formatted}} omitido',
    skipped_many: '{{formatted}} omitidos',
    skipped_other: '{{formatted}} omitidos',
    rejected_one: '{{formatted}} rechazado',
    rejected_many: '{{formatted}} rechazados',
    rejected_other: '{{formatted}} rechazados',
    nothing: 'nada',
    byClient: 'Por cliente: {{clients}}.',
    duplicates_one: '{{rows}} ya está en FloorKPI',
    duplicates_many: '{{rows}} ya están en FloorKPI',
    duplicates_other: '{{rows}} ya están en FloorKPI',
    canWithDuplicates: 'Se pueden importar {{rows}}; {{duplicates}} (o se repiten en el archivo).',
    chooseDuplicates: 'Elija abajo si esos registros se omiten o se actualizan con los valores del archivo.',
    nothingNew_one: 'Nada nuevo: el {{rows}} ya estaba en FloorKPI y se omitió.',
    nothingNew_many: 'Nada nuevo: los {{rows}} ya estaban en FloorKPI y se omitieron.',
    nothingNew_other: 'Nada nuevo: los {{rows}} ya estaban en FloorKPI y se omitieron.',
    skipThem: 'Omitirlos (se quedan como están)',
    updateThem: 'Actualizarlos con los valores del archivo',
    bookClosed:
      'Registrar de todos modos los {{rows}} de órdenes de trabajo retenidas o cerradas (queda su nombre)',
    acceptWarnings:
      'Importar los registros con advertencias (rendimiento arriba de {{percent}}, unidades muy por encima del plan, más líneas de defecto que defectos): ya revisé sus cifras',
    firstProblems_one: 'Se muestran los primeros {{shown}} problemas; en total {{rows}} tiene problemas.',
    firstProblems_many: 'Se muestran los primeros {{shown}} problemas; en total {{rows}} tienen problemas.',
    firstProblems_other: 'Se muestran los primeros {{shown}} problemas; en total {{rows}} tienen problemas.',
    first_one: 'Primer {{shown}} de {{total}} registro',
    first_many: 'Primeros {{shown}} de {{total}} registros',
    first_other: 'Primeros {{shown}} de {{total}} registros',
    missing_one: 'Falta la columna obligatoria: {{columns}}.',
    missing_many: 'Faltan las columnas obligatorias: {{columns}}.',
    missing_other: 'Faltan las columnas obligatorias: {{columns}}.',
    blankHeader: '(vacío)',
    kinds: {
      workflow: 'se conserva si su rol puede aprobar',
      ignored: 'lo pone FloorKPI: no se importa',
      unknown: 'no es una columna de esta tabla',
      blank: 'sin nombre: debe quedar vacía',
    },
  },
  gridMsg: {
    conflict: 'Otra persona lo cambió: vuelva a cargar para ver su cambio y luego capture el suyo de nuevo.',
    changedSince:
      'Otra persona lo cambió después de que usted lo escribió: revise los valores y luego guarde (Ctrl+Enter) o descarte.',
    thisRow: 'Este registro',
    warningQuestion:
      'Revise estas cifras antes de que cuenten en los indicadores:\n{{lines}}\n\n¿Guardar este registro de todos modos?',
    pasteLine: 'Línea {{line}} de lo pegado: {{message}}.',
    headerLeftOut: 'Se omitió la línea de encabezados.',
    deleteAsk: '¿Borrar este registro? Ya no contará en ninguna lista ni indicador.',
    deleted: 'Se borró el registro.',
  },
  drafts: {
    rows_one: '{{formatted}} registro sin guardar',
    rows_many: '{{formatted}} registros sin guardar',
    rows_other: '{{formatted}} registros sin guardar',
    discardAsk: '¿Descartar {{rows}} en {{where}}? Nunca se guardaron.',
    region: 'Registros sin guardar conservados para usted',
    youHave: 'Tiene',
    on: 'en {{where}}',
    opening: ' (abriendo…)',
    restore: 'Restaurar',
    discard: 'Descartar',
    restored_one: 'Se restauró {{formatted}} registro sin guardar de su borrador.',
    restored_many: 'Se restauraron {{formatted}} registros sin guardar de su borrador.',
    restored_other: 'Se restauraron {{formatted}} registros sin guardar de su borrador.',
    changedMeanwhile_one: '{{formatted}} de ellos lo cambió alguien más desde entonces: revíselo.',
    changedMeanwhile_many: '{{formatted}} de ellos los cambió alguien más desde entonces: revíselos.',
    changedMeanwhile_other: '{{formatted}} de ellos los cambió alguien más desde entonces: revíselos.',
    missing_one: '{{formatted}} registro editado ya no existe, así que su cambio no se pudo restaurar.',
    missing_many:
      '{{formatted}} registros editados ya no existen, así que sus cambios no se pudieron restaurar.',
    missing_other:
      '{{formatted}} registros editados ya no existen, así que sus cambios no se pudieron restaurar.',
  },
  session: {
    locked_one:
      'Bloqueada tras {{formatted}} minuto sin actividad. Todo se conserva como estaba: vuelva a iniciar sesión para seguir.',
    locked_many:
      'Bloqueada tras {{formatted}} minutos sin actividad. Todo se conserva como estaba: vuelva a iniciar sesión para seguir.',
    locked_other:
      'Bloqueada tras {{formatted}} minutos sin actividad. Todo se conserva como estaba: vuelva a iniciar sesión para seguir.',
    lockedSome:
      'Bloqueada tras unos minutos sin actividad. Todo se conserva como estaba: vuelva a iniciar sesión para seguir.',
    signOutFailed: 'La salida no llegó a FloorKPI: {{message}}',
    ended: 'Su sesión terminó. Vuelva a iniciar sesión para seguir donde estaba.',
    switched:
      'Salió {{name}}. Sus registros sin guardar se conservan para esa persona en esta PC. Inicie sesión:',
    restored: 'La base de datos se restauró con el respaldo del {{when}}. Inicie sesión.',
    bothDates: 'Escriba las dos fechas.',
    startAfterEnd: 'La fecha de inicio es posterior a la fecha final.',
    noClient: 'Sin cliente',
  },
  unsaved: {
    rowsOn: '{{rows}} en {{where}}',
    leave:
      'Tiene {{summary}}. Se conservan como borrador para usted en esta PC, para restaurarlos después. ¿Salir sin guardar?',
    scopeChange:
      'Tiene {{summary}}. Se quedan en pantalla y se guardarán ahí, no para {{target}}. ¿Cambiar a {{target}} de todos modos?',
  },
};
