import type { BradfordRow } from './report';

export type BradfordBand = BradfordRow['band'];

/** The Bradford factor S² × D: spells weigh more than days, so many short absences score high. */
export function bradfordScore(spells: number, days: number): number {
  return spells * spells * days;
}

/** KPIS.md #10b: < 50 low, 50–124 monitor, 125–249 formal review, ≥ 250 critical. */
export function bradfordBand(score: number): BradfordBand {
  if (score >= 250) return 'critical';
  if (score >= 125) return 'formal_review';
  if (score >= 50) return 'monitor';
  return 'low';
}

/** A Bradford row from an employee's spell and day counts. */
export function bradfordRow(input: Omit<BradfordRow, 'score' | 'band'>): BradfordRow {
  const score = bradfordScore(input.spells, input.days);
  return { ...input, score, band: bradfordBand(score) };
}
