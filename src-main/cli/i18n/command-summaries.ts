import type { Language } from '../../../src-shared/i18n/locale';

/**
 * Each command's one-line summary in Spanish, by its words; English is the command's own
 * `summary`. A command missing here shows its English summary (the test below lists them all).
 */
export const SUMMARIES_ES: Readonly<Record<string, string>> = {
  init: 'Crea una base de datos de FloorKPI, o migra una existente a esta versión',
  'user add': 'Agrega un usuario (contraseña de $KPI_PASSWORD o preguntada)',
  seed: 'Llena una base nueva con datos de demostración (5 clientes, 60 días) e imprime los usuarios',
  import: 'Importa un archivo CSV o separado por tabuladores a una tabla',
  export: 'Exporta una tabla a un archivo CSV',
  delete: 'Borra un registro (borrado lógico, como la aplicación) como un usuario',
  kpi: 'Calcula todos los KPI de un periodo, como el tablero',
  report: 'Escribe un reporte de turno, diario, semanal o de planta (PDF o Excel)',
  'hub init': 'Crea el servidor de planta en una base PostgreSQL, o lo migra a esta versión',
  'hub user add': 'Agrega un usuario en el servidor de planta (contraseña de $KPI_PASSWORD o preguntada)',
  'hub serve': 'Ejecuta el servicio del servidor de planta (hasta Ctrl+C o SIGTERM)',
  'hub device list': 'Lista las PC inscritas en el servidor de planta',
  'hub device revoke': 'Revoca una PC: ya no puede sincronizar (sus registros en el servidor quedan)',
  'hub prune': 'Quita del servidor los registros borrados más antiguos que un periodo de retención',
  'sync join':
    'Inscribe esta base de datos en un servidor de planta (contraseña de $KPI_PASSWORD o preguntada)',
  sync: 'Envía los cambios de esta PC al servidor de planta y recibe los de los demás (una ronda)',
  'sync status':
    'Muestra el servidor con que sincroniza esta PC, la última sincronización y los cambios en espera',
  'sync conflicts': 'Lista los conflictos de sincronización abiertos con los valores de ambos lados',
  backup: 'Escribe una copia de seguridad revisada de una base de datos (aunque la aplicación esté abierta)',
  restore: 'Reemplaza una base de datos con una copia (la actual se guarda antes como copia)',
  'rollup verify': 'Compara los acumulados diarios de KPI con los registros (sale con 1 si difieren)',
  'rollup rebuild': 'Vuelve a calcular los acumulados diarios de KPI desde los registros',
};

/** A command's summary in the language. */
export function summaryIn(language: Language, words: readonly string[], english: string): string {
  return language === 'es' ? (SUMMARIES_ES[words.join(' ')] ?? english) : english;
}
