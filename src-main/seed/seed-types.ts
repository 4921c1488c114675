import type { Row } from '../tenancy/scoped-store';

/** A row to write and the moment it was recorded (its created_at, recorded_at and audit time). */
export interface Stamped {
  at: string;
  row: Row;
}

/** The tables a client's demo data fills, in the order they are written (parents first). */
export const CLIENT_TABLES = [
  'product',
  'part_opportunities',
  'work_order',
  'job',
  'attendance_entry',
  'coverage_entry',
  'production_entry',
  'downtime_entry',
  'hold_entry',
  'quality_entry',
  'defect_detail',
] as const;
export type ClientTable = (typeof CLIENT_TABLES)[number];

/** One client's rows per table. */
export type ClientRows = Record<ClientTable, Stamped[]>;
