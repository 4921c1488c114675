import type { CatalogueOf } from '../catalogue-shape';
import type { system as en } from '../en/system';

/** El sistema alrededor de las pantallas: primer inicio, bloqueo, recuperación, respaldos, actualizaciones. */
export const system: CatalogueOf<typeof en> = {
  firstStart: {
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
};
