import type { CatalogueOf } from '../catalogue-shape';
import type { kpiHelp as en } from '../en/kpi-help';

/** Cada indicador explicado para la planta: qué dice, la fórmula en palabras, los datos y la meta. */
export const kpiHelp: CatalogueOf<typeof en> = {
  kpiHelp: {
    rules: {
      cycleTime:
        'Tiempo de ciclo ideal (horas por unidad) cuando la orden de trabajo no lo tiene: el promedio de las órdenes del mismo cliente y del mismo estilo que sí lo tienen (confianza 70 %); si no hay, el tiempo de ciclo por omisión del cliente, {{defaultCycle}} h salvo que se cambie en Administración → Metas (confianza 40 %).',
      headcount:
        'Personal en la línea cuando “empleados asignados” está vacío o en 0: los empleados presentes (80 %); si no, el promedio redondeado de empleados asignados del mismo cliente y turno en los 30 días anteriores (50 %); si no, 1 (30 %).',
      shiftHours:
        'Horas programadas del turno cuando el registro no las tiene: el calendario de turnos del cliente para ese turno, de la entrada a la salida menos los descansos (90 %); si no, 8 horas (30 %).',
      runTime:
        'Tiempo en operación cuando el registro no lo tiene: las horas programadas menos los “minutos de paro” del registro (80 %); si no, menos los paros capturados de la misma orden, fecha y turno (70 %).',
      promised:
        'Fecha comprometida cuando la orden no tiene fecha de embarque planeada: su fecha requerida (80 %); si no, su inicio más la cantidad planeada × el tiempo de ciclo repartidos en días de 1er turno (50 %); una orden sin ninguna fecha queda fuera y se cuenta como “omitida”.',
      opportunities:
        'Oportunidades por unidad cuando la pieza no las tiene en Administración → Oportunidades por pieza: las del cliente por omisión, 1 salvo que se cambie (50 %).',
      nothing:
        'Nada: solo cuentan los números capturados. Un periodo sin registros muestra “Sin datos”, nunca 0.',
      startDate:
        'Fecha de inicio cuando la orden no tiene inicio real: su primera fecha de producción; si no, su inicio planeado.',
      absenceHours:
        'Horas de ausencia de un registro de ausente que no las trae: horas programadas − horas reales; si no, las horas programadas (es parte de la definición, no una suposición).',
    },
    efficiency: {
      what: 'Cuánto del tiempo pagado del personal se convirtió en trabajo estándar bueno.',
      formula:
        'Las horas estándar ganadas (unidades producidas × tiempo de ciclo ideal, sumadas en todos los registros) entre las horas programadas del personal (empleados × horas programadas del turno, sumadas), × 100.',
      inputs: {
        a: 'Producción: unidades producidas, empleados asignados o presentes, horas programadas del turno',
        b: 'Órdenes de trabajo: tiempo de ciclo ideal',
        c: 'Administración → Metas: calendario de turnos, tiempo de ciclo por omisión',
      },
      target:
        '85 % o más (Administración → Metas). Más de 100 % suele indicar un tiempo de ciclo o una dotación equivocados.',
    },
    performance: {
      what: 'Qué tan rápido trabajó la línea mientras estuvo en operación, contra el tiempo de ciclo ideal.',
      formula:
        'Las horas estándar ganadas (unidades producidas × tiempo de ciclo ideal, sumadas) entre las horas en operación (sumadas), × 100.',
      inputs: {
        a: 'Producción: unidades producidas, horas en operación, minutos de paro',
        b: 'Paros capturados',
        c: 'Órdenes de trabajo: tiempo de ciclo ideal',
      },
      target: '95 % o más. Más de 100 % pide revisar el tiempo de ciclo o el tiempo en operación.',
    },
    availability: {
      what: 'La parte del tiempo planeado en que la línea no estuvo parada.',
      formula:
        '(1 − horas de paro ÷ horas planeadas) × 100, nunca menos de 0. Las horas planeadas son las horas programadas de los registros de producción; las horas de paro son los minutos de los paros ÷ 60 en los mismos clientes, fechas y turnos.',
      inputs: {
        a: 'Producción: horas programadas del turno (un registro por estación y turno)',
        b: 'Paros: minutos',
      },
      target:
        '90 % o más. Si hay paros sin producción en el periodo, muestra “Sin datos” y pide revisar los registros.',
    },
    quality_rate: {
      what: 'La parte de las unidades producidas que salió buena.',
      formula:
        '(unidades producidas − unidades defectuosas) ÷ unidades producidas, sumadas en los registros de producción, × 100.',
      inputs: { a: 'Producción: unidades producidas, unidades defectuosas' },
      target: 'Se muestra con el OEE; no tiene meta propia.',
    },
    oee: {
      what: 'Efectividad total del equipo: disponibilidad, velocidad y calidad en un solo número.',
      formula:
        'Disponibilidad × Rendimiento (máximo 100 %) × Tasa de calidad (máximo 100 %) ÷ {{tenThousand}}. Vacío cuando cualquiera de los tres no tiene datos.',
      inputs: { a: 'Todo lo que usan Disponibilidad, Rendimiento y Tasa de calidad' },
      target: '85 % o más.',
    },
    ppm: {
      what: 'Piezas defectuosas por cada millón inspeccionado.',
      formula: 'Unidades defectuosas ÷ unidades inspeccionadas, sumadas en las inspecciones, × {{million}}.',
      inputs: { a: 'Calidad: unidades inspeccionadas, unidades defectuosas' },
      target: '{{tenThousand}} o menos (menos es mejor).',
    },
    dpmo: {
      what: 'Defectos por millón de oportunidades de cometer uno; también se da como nivel sigma.',
      formula:
        'Total de defectos ÷ (unidades inspeccionadas × oportunidades por unidad), sumados en las inspecciones, × {{million}}. Sigma = el cuantil normal de (1 − DPMO ÷ {{million}}) + {{sigmaShift}}, máximo 6.',
      inputs: {
        a: 'Calidad: unidades inspeccionadas, total de defectos, número de parte del trabajo',
        b: 'Administración → Oportunidades por pieza',
      },
      target: 'Menos es mejor; la guía es la meta de PPM del cliente.',
    },
    fpy: {
      what: 'Rendimiento a la primera pasada: la parte de las unidades inspeccionadas que pasó a la primera.',
      formula: 'Unidades aprobadas ÷ unidades inspeccionadas, sumadas en las inspecciones, × 100.',
      inputs: { a: 'Calidad: unidades inspeccionadas, unidades aprobadas' },
      target: '95 % o más.',
    },
    rty: {
      what: 'Rendimiento acumulado: la probabilidad de que una unidad pase todas las operaciones a la primera.',
      formula:
        'Los rendimientos a la primera pasada de cada operación inspeccionada, multiplicados entre sí (con una sola operación es igual al de primera pasada).',
      inputs: { a: 'Calidad: operación inspeccionada, unidades inspeccionadas, unidades aprobadas' },
      target: 'Sigue la meta de primera pasada: más es mejor.',
    },
    otd: {
      what: 'Entrega a tiempo: la parte de las órdenes que vencían en el periodo y se entregaron a más tardar en su fecha comprometida.',
      formula:
        'Órdenes entregadas en o antes de la fecha comprometida ÷ órdenes medidas, × 100. Se miden las comprometidas en el periodo que ya se entregaron, o que no se han entregado y ya están vencidas.',
      inputs: {
        a: 'Órdenes de trabajo: fecha de embarque planeada, fecha requerida, fecha real de entrega, fechas de inicio, cantidad planeada',
      },
      target: '95 % o más.',
    },
    true_otd: {
      what: 'Entrega a tiempo contando solo las órdenes terminadas.',
      formula: 'Igual que Entrega a tiempo, sobre las órdenes medidas cuyo estado es Terminada.',
      inputs: { a: 'Órdenes de trabajo: lo mismo que Entrega a tiempo, y el estado' },
      target: '95 % o más.',
    },
    wip_aging: {
      what: 'Cuánto tiempo llevan en proceso las órdenes abiertas, sin contar los días en una retención aprobada.',
      formula:
        'Para cada orden abierta (activa o retenida) iniciada a más tardar hoy: los días naturales desde su inicio hasta hoy que no cubre ninguna retención aprobada; la tarjeta muestra el promedio, con rangos de 0–7, 8–14, 15–30 y más de 30 días.',
      inputs: {
        a: 'Órdenes de trabajo: estado, fecha de inicio real o planeada',
        b: 'Producción: la primera fecha de turno',
        c: 'Retenciones: fechas de retención aprobada y de reanudación',
      },
      target:
        'Las órdenes de más de 7 días se señalan y las de más de 14 son críticas (Administración → Metas). Siempre al día de hoy, sea cual sea el periodo.',
    },
    hold_aging: {
      what: 'Cuánto tiempo llevan abiertas las retenciones que siguen abiertas.',
      formula:
        'Para cada retención aprobada que no se ha reanudado: hoy − fecha de retención, en días; la tarjeta muestra el promedio; 30 días o más es una retención crónica.',
      inputs: { a: 'Retenciones: estado, fecha de retención, fecha de reanudación' },
      target: 'Menos es mejor. Siempre al día de hoy, sea cual sea el periodo.',
    },
    absenteeism: {
      what: 'La parte de las horas programadas que se perdió por ausencias que nadie cubrió.',
      formula:
        '(horas de ausencia − horas cubiertas por un empleado flotante) ÷ horas programadas, sumadas en los registros de asistencia, × 100. El desglose da también la tasa antes de la cobertura.',
      inputs: {
        a: 'Asistencia: horas programadas, ausente, horas de ausencia, horas reales',
        b: 'Cobertura: las horas del empleado flotante que cubrió la ausencia',
      },
      target: '3 % o menos.',
    },
  },
};
