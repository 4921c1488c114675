import type { CatalogueOf } from '../catalogue-shape';
import type { dashboard as en } from '../en/dashboard';

/** El tablero: las tarjetas de indicadores. */
export const dashboard: CatalogueOf<typeof en> = {
  dash: {
    title: 'Tablero',
    pickPeriod: 'Elija un periodo arriba para ver los indicadores.',
    compare: 'Comparar clientes',
    loadFailed: 'No se pudieron cargar los indicadores: {{message}}',
    loading: 'Cargando indicadores…',
    noProductionTitle: 'No hay producción registrada en este periodo:',
    noProductionText: 'capture un turno en Mi turno o importe un archivo.',
    noDataNote: 'Cada indicador sin datos dice “Sin datos”; ninguno es un cero.',
    noTarget: 'Sin meta',
    checkAbove:
      '{{label}} no puede pasar de 100 %: un dato está mal (a menudo un tiempo de ciclo, una dotación o unidades digitadas dos veces).',
    checkDrivers: 'Registros que lo elevan:',
    checkUnits: '{{units}} unidades',
    target: 'Meta {{value}}',
    openOrders: 'Órdenes de trabajo abiertas, al día de hoy',
    openHolds: 'Retenciones abiertas, al día de hoy',
    howWorkedOut: 'Cómo se calcula {{label}}',
    howWorkedOutHelp: 'Cómo se calcula {{label}} (Ayuda)',
    estimated: 'Estimado · {{confidence}} de confianza',
    checkInputs: 'Revise los datos',
    warningShort: {
      verify_inputs: 'Más de 100 %: revise tiempos de ciclo y personal',
      downtime_without_production: 'Paros sin producción: revise los registros',
    },
    warning: {
      verify_inputs: 'Más de 100 %: revise tiempos de ciclo y personal.',
      downtime_without_production:
        'Hay paros registrados sin producción en este periodo: capture la producción de esos turnos o revise las fechas de los paros.',
    },
    hint: 'Abra una tarjeta (clic o Enter) para ver su tendencia y qué la mueve. Las minigráficas muestran un punto por {{by}}.',
    noTrend: 'Todavía sin tendencia',
    trendOnly: 'Tendencia: solo {{value}} ({{period}})',
    trendFromTo: 'Tendencia de {{first}} ({{firstPeriod}}) a {{last}} ({{lastPeriod}})',
    by: { day: 'Día', week: 'Semana', month: 'Mes' },
    byLower: { day: 'día', week: 'semana', month: 'mes' },
    months: {
      m1: 'ene',
      m2: 'feb',
      m3: 'mar',
      m4: 'abr',
      m5: 'may',
      m6: 'jun',
      m7: 'jul',
      m8: 'ago',
      m9: 'sep',
      m10: 'oct',
      m11: 'nov',
      m12: 'dic',
    },
    weekTick: 'S{{week}}',
    weekLabel: 'Semana {{week}} de {{year}}',
    valueAndProvenance: 'Valor y procedencia',
    whereFrom: 'De dónde sale este número',
  },
};
