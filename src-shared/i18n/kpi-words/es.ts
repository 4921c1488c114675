import type { KpiWords } from './kpi-words';

/**
 * El nombre de cada indicador (largo, y corto para espacios estrechos) en español de planta: el
 * tablero y el comando `kpi` leen esta misma tabla (términos de docs/glossary-es.md).
 */
export const KPI_WORDS_ES: KpiWords = {
  name: {
    efficiency: 'Eficiencia',
    performance: 'Rendimiento',
    availability: 'Disponibilidad',
    quality_rate: 'Tasa de calidad',
    oee: 'OEE',
    ppm: 'Defectos por millón (PPM)',
    dpmo: 'Defectos por millón de oportunidades',
    fpy: 'Rendimiento a la primera pasada',
    rty: 'Rendimiento acumulado (RTY)',
    otd: 'Entrega a tiempo',
    true_otd: 'Entrega a tiempo real',
    wip_aging: 'Antigüedad del WIP',
    hold_aging: 'Antigüedad de retenciones',
    absenteeism: 'Ausentismo',
  },
  short: {
    efficiency: 'Eficiencia',
    performance: 'Rendimiento',
    availability: 'Disponibilidad',
    quality_rate: 'Calidad',
    oee: 'OEE',
    ppm: 'PPM',
    dpmo: 'DPMO',
    fpy: 'Primera pasada',
    rty: 'RTY',
    otd: 'Entrega a tiempo',
    true_otd: 'Entrega real',
    wip_aging: 'Edad WIP',
    hold_aging: 'Edad retenciones',
    absenteeism: 'Ausentismo',
  },
};
