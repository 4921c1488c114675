import type { CatalogueOf } from '../catalogue-shape';
import type { drillDowns as en } from '../en/drill-downs';

/** El tablero más allá de las tarjetas: el detalle de un indicador, sus desgloses, la comparación de clientes, las gráficas. */
export const drillDowns: CatalogueOf<typeof en> = {
  drill: {
    allKpis: '← Todos los indicadores',
    compareOn: 'Comparar clientes en {{label}}',
    asOfTitle: 'Medido al día de hoy',
    asOfText:
      '{{label}} mira lo que está abierto hoy, sea cual sea el periodo elegido, por eso no tiene tendencia por días. Los rangos de abajo muestran qué tan viejo es lo que sigue abierto.',
    noCauses:
      '{{label}} no tiene lista de causas: la tendencia muestra cuándo cambió y la procedencia de arriba dice qué datos revisar.',
    loading: 'Cargando…',
    breakdownFailed: 'No se pudo cargar este desglose: {{message}}',
    client: 'Cliente',
    workOrder: 'Orden de trabajo',
    style: 'Estilo',
    reason: 'Motivo',
    notGiven: 'Sin indicar',
    notRecorded: '(sin registrar)',
    targetNote: ' · meta {{value}}',
    whereFrom: 'De dónde sale {{label}}',
    trend: {
      title: 'Tendencia por {{by}}',
      showBy: 'Ver la tendencia por',
      failed: 'No se pudo cargar la tendencia: {{message}}',
      loading: 'Cargando la tendencia…',
      noData: 'Sin datos de este indicador en este periodo: no se capturó nada que lo alimente.',
    },
    dimension: {
      operation: 'Línea / operación',
      style: 'Estilo',
      work_order: 'Orden de trabajo',
      shift: 'Turno',
      lower: {
        operation: 'línea / operación',
        style: 'estilo',
        work_order: 'orden de trabajo',
        shift: 'turno',
      },
      title: '{{label}} por {{by}}',
      caption: '{{label}} por {{by}}, de menor a mayor',
      splitBy: 'Desglosar por',
      rows: 'Registros',
      noProduction: 'No hay producción en este periodo.',
    },
    pareto: {
      amount: 'Cantidad',
      hours: 'Horas',
      defects: 'Defectos',
      share: 'Porcentaje',
      cumulative: 'Acumulado',
      notRecorded: 'Sin registrar',
      caption: '{{title}}, de mayor a menor',
      downtime_by_reason: {
        title: 'Paros por motivo',
        amountName: 'Horas de paro',
        causeName: 'Motivo',
        empty: 'No hay paros registrados en este periodo.',
      },
      defects_by_type: {
        title: 'Defectos por tipo',
        amountName: 'Defectos',
        causeName: 'Tipo de defecto',
        empty: 'No hay defectos registrados en este periodo.',
      },
      absence_by_type: {
        title: 'Ausencias por tipo',
        amountName: 'Horas de ausencia',
        causeName: 'Tipo de ausencia',
        empty: 'No hay ausencias registradas en este periodo.',
      },
    },
    bradford: {
      title: 'Factor Bradford',
      note: 'Puntaje = episodios² × días de ausencia. Niveles: menos de 50 bajo, 50–124 vigilar, 125–249 revisión formal, 250 o más crítico.',
      failed: 'No se pudo cargar la lista Bradford: {{message}}',
      empty: 'No hay ausencias en este periodo, así que no hay puntajes Bradford.',
      caption: 'Factor Bradford por empleado, de mayor a menor',
      employee: 'Empleado',
      spells: 'Episodios',
      daysAbsent: 'Días de ausencia',
      score: 'Puntaje',
      band: 'Nivel',
      bands: { low: 'Bajo', monitor: 'Vigilar', formal_review: 'Revisión formal', critical: 'Crítico' },
    },
    late: {
      title: 'Órdenes atrasadas y vencidas',
      note: 'Órdenes comprometidas en este periodo que se entregaron tarde, o que ya pasaron la fecha comprometida sin entregarse.',
      failed: 'No se pudieron cargar las órdenes atrasadas: {{message}}',
      empty: 'No hay órdenes atrasadas ni vencidas en este periodo.',
      caption: 'Órdenes atrasadas y vencidas, de más a menos días de atraso',
      promised: 'Comprometida',
      delivered: 'Entregada',
      daysLate: 'Días de atraso',
      estimated: ' (estimada)',
      notDelivered: 'Sin entregar',
    },
    chronic: {
      title: 'Retenciones crónicas (abiertas 30 días o más)',
      failed: 'No se pudieron cargar las retenciones crónicas: {{message}}',
      empty: 'Ninguna retención lleva 30 días o más abierta.',
      caption: 'Retenciones crónicas, de la más antigua a la más reciente',
      since: 'Retenida desde',
      days: 'Días retenida',
    },
    buckets: {
      age: 'Antigüedad',
      caption: '{{what}} por antigüedad',
      days: '{{range}} días',
      over: 'Más de {{days}} días',
      wipTitle: 'Órdenes de trabajo abiertas por antigüedad',
      wipNote: 'Antigüedad neta hoy: días desde el inicio, sin contar los días en una retención aprobada.',
      wipFailed: 'No se pudieron cargar los rangos del WIP: {{message}}',
      wipCount: 'Órdenes abiertas',
      wipEmpty: 'Ninguna orden de trabajo abierta ha iniciado todavía.',
      holdTitle: 'Retenciones abiertas por antigüedad',
      holdCount: 'Retenciones abiertas',
      holdEmpty: 'Hoy no hay ninguna retención abierta.',
    },
    oee: {
      caption: 'OEE = disponibilidad × rendimiento × calidad',
      times: ' por ',
      availability: 'Disponibilidad',
      performance: 'Rendimiento',
      quality: 'Calidad',
      letterA: 'D',
      letterP: 'R',
      letterQ: 'C',
    },
    provenance: {
      filledIn: 'Completado donde un registro lo dejó vacío:',
      noRows: 'Ningún registro alimentó este indicador en este periodo.',
      inferred:
        '{{rows}} alimentaron este indicador; {{inferred}} de ellos tenían datos vacíos que FloorKPI completó.',
      allRecorded: '{{rows}} alimentaron este indicador, con todos los datos capturados.',
      confidence:
        'Confianza {{confidence}}: qué tan seguros son los valores completados, en promedio sobre los registros (los valores capturados cuentan como 100 %).',
      noun: {
        rows_one: '{{formatted}} registro',
        rows_many: '{{formatted}} registros',
        rows_other: '{{formatted}} registros',
        orders_one: '{{formatted}} orden',
        orders_many: '{{formatted}} órdenes',
        orders_other: '{{formatted}} órdenes',
        holds_one: '{{formatted}} retención',
        holds_many: '{{formatted}} retenciones',
        holds_other: '{{formatted}} retenciones',
      },
      noPromised_one: '{{formatted}} orden no tiene ninguna fecha comprometida y queda fuera.',
      noPromised_many: '{{formatted}} órdenes no tienen ninguna fecha comprometida y quedan fuera.',
      noPromised_other: '{{formatted}} órdenes no tienen ninguna fecha comprometida y quedan fuera.',
      skipped_one:
        '{{formatted}} registro quedó fuera porque le falta un número que este indicador necesita.',
      skipped_many:
        '{{formatted}} registros quedaron fuera porque les falta un número que este indicador necesita.',
      skipped_other:
        '{{formatted}} registros quedaron fuera porque les falta un número que este indicador necesita.',
      overdue_one: '{{formatted}} orden ya pasó su fecha comprometida sin entregarse: cuenta como atrasada.',
      overdue_many:
        '{{formatted}} órdenes ya pasaron su fecha comprometida sin entregarse: cuentan como atrasadas.',
      overdue_other:
        '{{formatted}} órdenes ya pasaron su fecha comprometida sin entregarse: cuentan como atrasadas.',
      sigma: 'Nivel sigma {{sigma}}.',
      gross: 'Sin la cobertura del personal flotante, la tasa sería {{value}}.',
      noStart_one:
        '{{formatted}} orden no tiene fecha de inicio real: se usa el primer día de producción o el inicio planeado.',
      noStart_many:
        '{{formatted}} órdenes no tienen fecha de inicio real: se usa el primer día de producción o el inicio planeado.',
      noStart_other:
        '{{formatted}} órdenes no tienen fecha de inicio real: se usa el primer día de producción o el inicio planeado.',
      input: {
        cycle_time:
          'Tiempo de ciclo ideal: de otras órdenes del mismo estilo, o el del cliente por omisión, cuando la orden de trabajo no lo tiene.',
        headcount:
          'Personal en la línea: los empleados presentes, el promedio de los últimos 30 días en ese turno, o 1.',
        shift_hours: 'Horas programadas del turno: del calendario de turnos del cliente, o 8 horas.',
        run_time:
          'Tiempo en operación: las horas programadas del turno menos los paros registrados en ese turno.',
        opportunities:
          'Oportunidades por unidad: las del cliente por omisión cuando la pieza no tiene definidas.',
        promised_date:
          'Fecha comprometida: la fecha requerida, o la fecha de inicio más el trabajo planeado, cuando la orden no tiene fecha de embarque planeada.',
      },
    },
    compare: {
      title: 'Comparar clientes',
      kpi: 'Indicador',
      hint: 'Todos sus clientes, del {{from}} al {{to}}, del peor al mejor. Cada barra se colorea contra la meta propia de ese cliente (la marca negra). Elija un cliente para ver su tablero.',
      failed: 'No se pudo cargar la comparación: {{message}}',
      noData:
        'Ningún cliente tiene datos de {{label}} en este periodo: capture un turno en Mi turno o importe un archivo.',
      chart: 'Gráfica de comparación',
      table: 'Tabla de comparación',
      caption: '{{label}} por cliente, del peor al mejor',
      target: 'Meta',
      status: 'Estado',
      showClient: 'Ver el tablero de {{name}}',
    },
  },
  chart: {
    noData: 'Sin datos',
    target: 'Meta',
    targetValue: 'Meta {{value}}',
    clientsTarget: 'Meta del cliente',
    cumulativeShare: 'Porcentaje acumulado',
  },
};
