import type { EnumWords } from './enum-words';

/**
 * Cada valor de enumeración en español de planta (turno, orden de trabajo, retención: ver
 * docs/glossary-es.md). La misma tabla para la aplicación, la línea de comandos y las reglas.
 */
export const ENUM_WORDS_ES: EnumWords = {
  shift_type: {
    SHIFT_1ST: '1er turno',
    SHIFT_2ND: '2do turno',
    SAT_OT: 'Tiempo extra sábado',
    SUN_OT: 'Tiempo extra domingo',
    OTHER: 'Otro',
  },
  work_order_status: {
    ACTIVE: 'Activa',
    ON_HOLD: 'Retenida',
    COMPLETED: 'Terminada',
    REJECTED: 'Rechazada',
    CANCELLED: 'Cancelada',
  },
  priority_level: { RUSH: 'Urgente', STANDARD: 'Normal', LOW: 'Baja' },
  client_type: {
    HOURLY_RATE: 'Por hora',
    PIECE_RATE: 'Por pieza',
    HYBRID: 'Mixto',
    SERVICE: 'Servicio',
    OTHER: 'Otro',
  },
  hold_status: {
    PENDING_HOLD_APPROVAL: 'Retención solicitada',
    ON_HOLD: 'Retenida',
    PENDING_RESUME_APPROVAL: 'Reanudación solicitada',
    RESUMED: 'Reanudada',
    CANCELLED: 'Cancelada',
  },
  floating_pool_status: { AVAILABLE: 'Disponible', ASSIGNED: 'Asignado' },
  entry_method: {
    MANUAL_ENTRY: 'Capturado a mano',
    CSV_UPLOAD: 'Importación CSV',
    QR_SCAN: 'Lectura QR',
    API: 'De otro sistema',
    SYSTEM_IMPORT: 'Importación del sistema',
  },
  inspection_method: {
    VISUAL: 'Visual',
    MEASUREMENT: 'Medición',
    FUNCTIONAL_TEST: 'Prueba funcional',
    SAMPLE_CHECK: 'Muestreo',
    '100_PERCENT_INSPECTION': 'Inspección al 100 %',
    OTHER: 'Otro',
  },
  root_cause: {
    OPERATOR_ERROR: 'Error del operador',
    MATERIAL_ISSUE: 'Problema de material',
    EQUIPMENT_ISSUE: 'Problema de equipo',
    PROCESS_ISSUE: 'Problema de proceso',
    DESIGN_ISSUE: 'Problema de diseño',
    UNKNOWN: 'Desconocida',
  },
  severity: { CRITICAL: 'Crítico', MAJOR: 'Mayor', MINOR: 'Menor' },
  audit_action: { INSERT: 'Agregado', UPDATE: 'Cambiado', DELETE: 'Borrado', RESTORE: 'Restaurado' },
  role: {
    ADMIN: 'Administrador',
    POWERUSER: 'Usuario avanzado',
    LEADER: 'Líder de línea',
    OPERATOR: 'Operador',
  },
};
