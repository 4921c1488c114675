import type { CatalogueOf } from '../catalogue-shape';
import type { entry as en } from '../en/entry';

/** La captura del turno: selectores, tablas, Mi turno, producción, paros, asistencia. */
export const entry: CatalogueOf<typeof en> = {
  scope: {
    client: 'Cliente',
    allClients: 'Todos los clientes',
    chooseClient: 'Elija un cliente…',
    pickOne: '{{what}} se captura para un cliente a la vez. Elija el cliente:',
    period: 'Periodo',
    from: 'Desde',
    to: 'Hasta',
    range: '{{from}} a {{to}}',
    date: 'Fecha',
    shift: 'Turno',
    presets: {
      today: 'Hoy',
      shift: 'Este turno (hoy)',
      last7: 'Últimos 7 días',
      last30: 'Últimos 30 días',
      month: 'Este mes',
      custom: 'Personalizado',
    },
    pickPeriod: 'Elija un periodo arriba para ver y capturar {{what}}.',
  },
  grid: {
    states: { unsaved: 'Sin guardar', saving: 'Guardando', saved: 'Guardado', error: 'Error' },
    saved_one: '{{count}} registro guardado',
    saved_many: '{{count}} registros guardados',
    saved_other: '{{count}} registros guardados',
    unsaved: '{{count}} sin guardar',
    draft: {
      pending: 'guardando como borrador…',
      kept: 'conservados como borrador en esta PC',
      refused: 'no se conservaron como borrador',
    },
    saveAll: 'Guardar todo (Ctrl+Enter)',
    discard: 'Descartar cambios',
    reload: 'Volver a cargar',
    waiting_one:
      'Cambió el cliente o el periodo. Guarde (Ctrl+Enter) o descarte el {{count}} registro sin guardar de abajo (todavía de {{client}}) para ver los nuevos.',
    waiting_many:
      'Cambió el cliente o el periodo. Guarde (Ctrl+Enter) o descarte los {{count}} registros sin guardar de abajo (todavía de {{client}}) para ver los nuevos.',
    waiting_other:
      'Cambió el cliente o el periodo. Guarde (Ctrl+Enter) o descarte los {{count}} registros sin guardar de abajo (todavía de {{client}}) para ver los nuevos.',
    thePlant: 'la planta',
    draftRefused:
      'Estos registros sin guardar no se pudieron conservar como borrador: {{problem}} Guárdelos antes de dejar esta PC.',
    hideSearch: 'Ocultar búsqueda',
    search: 'Buscar / filtrar',
    tryAgain: 'Intentar de nuevo',
    noMatch: 'Ningún registro coincide con la búsqueda o el filtro: quite un filtro para ver más.',
    state: 'Estado',
    sortBlocked: 'Guarde o descarte los registros sin guardar para ordenar',
    sortBy: 'Ordenar por {{label}}',
    sortByRequired: 'Ordenar por {{label}} (obligatorio)',
    actions: 'Acciones',
    fewerColumns: 'Menos columnas',
    moreColumns: 'Más columnas ({{count}})',
    keysReadOnly:
      'Flechas, Tab y Mayús+Tab mueven · Ctrl+C copia una celda · esta lista es solo de lectura para usted',
    keys: 'Escriba para llenar una celda · Enter edita y baja · Tab, Mayús+Tab y flechas mueven · Esc cancela · Ctrl+Enter guarda · Ctrl+C copia una celda · pegue un bloque de Excel en cualquier celda · Ctrl+Supr borra un registro',
    delete: 'Borrar',
    remove: 'Quitar',
    discardAsk_one: '¿Descartar {{count}} registro sin guardar?',
    discardAsk_many: '¿Descartar {{count}} registros sin guardar?',
    discardAsk_other: '¿Descartar {{count}} registros sin guardar?',
    discarded: 'Se descartaron los cambios sin guardar.',
    reloadAsk_one:
      'Volver a cargar descarta {{count}} registro sin guardar. ¿Volver a cargar de todos modos?',
    reloadAsk_many:
      'Volver a cargar descarta {{count}} registros sin guardar. ¿Volver a cargar de todos modos?',
    reloadAsk_other:
      'Volver a cargar descarta {{count}} registros sin guardar. ¿Volver a cargar de todos modos?',
    pasted_one: 'Se pegó {{count}} línea: presione Ctrl+Enter para guardar.',
    pasted_many: 'Se pegaron {{count}} líneas: presione Ctrl+Enter para guardar.',
    pasted_other: 'Se pegaron {{count}} líneas: presione Ctrl+Enter para guardar.',
    nothingToSave: 'Nada que guardar.',
    savedRows_one: 'Se guardó {{count}} registro.',
    savedRows_many: 'Se guardaron {{count}} registros.',
    savedRows_other: 'Se guardaron {{count}} registros.',
    showing: 'Mostrando {{from}}–{{to}} de {{total}}',
    showingNone: 'Mostrando 0 de {{total}}',
    loadFailed: 'No se pudieron cargar los registros: {{message}}',
    notSaved_one: '{{count}} registro no se guardó: vea las celdas marcadas.',
    notSaved_many: '{{count}} registros no se guardaron: vea las celdas marcadas.',
    notSaved_other: '{{count}} registros no se guardaron: vea las celdas marcadas.',
    alsoSaved: 'Se guardaron {{count}}.',
    derived: 'Calculado, no se escribe',
    rowActions: 'Acciones del registro bajo el cursor',
    typeValue: 'Escriba el valor a mostrar.',
  },
  myShift: {
    title: 'Mi turno',
    aShift: 'Un turno',
    when: '{{date}}, {{shift}}',
    production: 'Producción',
    downtime: 'Paros',
    noProduction:
      'Todavía no hay producción de {{client}} el {{when}}. Escriba en el último renglón o pegue desde Excel.',
    noDowntime:
      'No hay paros de {{client}} el {{when}}. Si la línea se detuvo, escriba la orden, el motivo y los minutos en el último renglón.',
  },
  production: {
    title: 'Producción',
    what: 'la producción',
    gridTitle: 'Registros de producción · {{client}} · {{period}}',
    empty:
      'No hay registros de producción de {{client}} en este periodo. Escriba en el último renglón o pegue desde Excel.',
    plural: 'registros de producción',
  },
  downtime: {
    title: 'Paros',
    what: 'los paros',
    gridTitle: 'Registros de paros · {{client}} · {{period}}',
    empty: 'No hay paros de {{client}} en este periodo. Escriba en el último renglón o pegue desde Excel.',
    plural: 'registros de paros',
  },
  attendance: {
    title: 'Asistencia',
    gridTitle: 'Asistencia · {{client}} · {{when}}',
    empty:
      'Todavía no hay asistencia de {{client}} el {{when}}. Presione "Marcar a todos presentes" y luego cambie las ausencias.',
    markAll: 'Marcar a todos presentes',
    marked_one: 'Se marcó {{count}} empleado presente por {{hours}} h.',
    marked_many: 'Se marcaron {{count}} empleados presentes por {{hours}} h.',
    marked_other: 'Se marcaron {{count}} empleados presentes por {{hours}} h.',
    already: '{{count}} ya tenían registro y se dejaron como estaban.',
    changeAbsences: 'Ahora cambie las ausencias.',
    coverageTitle: 'Cobertura con personal flotante · {{when}}',
    coverageEmpty:
      'No hay cobertura en este turno. Agregue un registro: el empleado ausente, el empleado flotante que cubrió y las horas.',
    plural: 'registros de asistencia',
    coveragePlural: 'registros de cobertura',
  },
};
