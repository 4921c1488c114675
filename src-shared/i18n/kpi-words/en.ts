import type { KpiWords } from './kpi-words';

/**
 * Every KPI's name (long, and short for tight spaces) in English: the dashboard and the CLI's
 * `kpi` table share this one table.
 */
export const KPI_WORDS_EN: KpiWords = {
  name: {
    efficiency: 'Efficiency',
    performance: 'Performance',
    availability: 'Availability',
    quality_rate: 'Quality rate',
    oee: 'OEE',
    ppm: 'Defects per million (PPM)',
    dpmo: 'Defects per million opportunities',
    fpy: 'First pass yield',
    rty: 'Rolled throughput yield',
    otd: 'On-time delivery',
    true_otd: 'True on-time delivery',
    wip_aging: 'WIP age',
    hold_aging: 'Hold age',
    absenteeism: 'Absenteeism',
  },
  short: {
    efficiency: 'Efficiency',
    performance: 'Performance',
    availability: 'Availability',
    quality_rate: 'Quality rate',
    oee: 'OEE',
    ppm: 'PPM',
    dpmo: 'DPMO',
    fpy: 'FPY',
    rty: 'RTY',
    otd: 'OTD',
    true_otd: 'True OTD',
    wip_aging: 'WIP age',
    hold_aging: 'Hold age',
    absenteeism: 'Absenteeism',
  },
};
