import type { RowRule, TableSpec } from '../column';
import { MAX_CYCLE_HOURS, MAX_OPPORTUNITIES } from './bounds';
import { CLIENT_REF } from './shared-columns';

/**
 * CHECK (ideal_cycle_time > 0), on a product and on a work order alike. A column kind's `min` is
 * inclusive, so the strict bound of a decimal is this rule (with `min: 0` on the column): 0 hours
 * per unit would make every efficiency infinite.
 */
export const positiveCycleTime: RowRule = (row) => {
  const value = row.ideal_cycle_time;
  if (typeof value !== 'number' || value > 0) return null;
  return {
    path: 'ideal_cycle_time',
    message: 'ideal cycle time must be more than 0 hours',
    code: 'row.cycleTimePositive',
  };
};

/** A client's style/model with its ideal cycle time (work orders of that style inherit it). */
export const productSpec: TableSpec = {
  table: 'product',
  noun: 'product',
  key: ['client_id', 'style_model'],
  tenant: true,
  columns: [
    CLIENT_REF,
    { name: 'style_model', label: 'Style / model', type: { kind: 'key', max: 100 }, required: true },
    { name: 'description', label: 'Description', type: { kind: 'text', max: 200 } },
    {
      name: 'ideal_cycle_time',
      label: 'Ideal cycle (h/unit)',
      type: { kind: 'real', min: 0, max: MAX_CYCLE_HOURS },
    },
  ],
  rules: [positiveCycleTime],
};

/** Defect opportunities per unit of a client's part (DPMO); two clients may define a part differently. */
export const partOpportunitiesSpec: TableSpec = {
  table: 'part_opportunities',
  noun: 'part',
  key: ['client_id', 'part_number'],
  tenant: true,
  columns: [
    CLIENT_REF,
    { name: 'part_number', label: 'Part number', type: { kind: 'key', max: 50 }, required: true },
    {
      name: 'opportunities_per_unit',
      label: 'Opportunities / unit',
      type: { kind: 'int', min: 1, max: MAX_OPPORTUNITIES },
    },
    { name: 'description', label: 'Description', type: { kind: 'text', max: 200 } },
    // Who last changed the spec (Quality or Engineering): a blank one is the person writing the row.
    {
      name: 'updated_by_user_id',
      label: 'Updated by',
      type: { kind: 'ref', target: 'user' },
      generated: 'current_user',
    },
    { name: 'notes', label: 'Notes', type: { kind: 'text', max: 1000 } },
  ],
};
