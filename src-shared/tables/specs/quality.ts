import { INSPECTION_METHOD_LABELS, ROOT_CAUSE_LABELS } from '../../domain/enum-labels';
import { INSPECTION_METHODS, ROOT_CAUSES } from '../../domain/enums';
import type { RowRule, TableSpec } from '../column';
import { MAX_ENTRY_UNITS } from './bounds';
import { CLIENT_REF, JOB_REF, SHIFT_DATE, SHIFT_TYPE, WORK_ORDER_REF } from './shared-columns';

type Row = Readonly<Record<string, unknown>>;

/** A recorded count, or null when the cell was left blank ("not recorded": the rule does not apply). */
function count(row: Row, name: string): number | null {
  const value = row[name];
  return typeof value === 'number' ? value : null;
}

/** A rule "`part` ≤ units inspected", blamed on `part`: the DDL's CHECK (part <= units_inspected). */
function withinInspected(part: string, words: string): RowRule {
  return (row) => {
    const inspected = count(row, 'units_inspected');
    const value = count(row, part);
    if (inspected === null || value === null || value <= inspected) return null;
    return { path: part, message: `${words} must not exceed units inspected`, code: 'row.partOverInspected' };
  };
}

/**
 * CHECK (units_passed + units_defective <= units_inspected): passed units carry no defect, so the two
 * are disjoint. Silent when either count alone already exceeds the inspected units: that more
 * precise message is given by its own rule.
 */
const passedPlusDefectiveWithinInspected: RowRule = (row) => {
  const inspected = count(row, 'units_inspected');
  const passed = count(row, 'units_passed');
  const defective = count(row, 'units_defective');
  if (inspected === null || passed === null || defective === null) return null;
  if (passed > inspected || defective > inspected || passed + defective <= inspected) return null;
  return {
    path: 'units_passed',
    message: 'units passed plus units defective must not exceed units inspected',
    code: 'row.passedPlusDefectiveOverInspected',
  };
};

/** CHECK (total_defects_count >= units_defective): every defective unit carries at least one defect. */
const defectsCoverDefectiveUnits: RowRule = (row) => {
  const defects = count(row, 'total_defects_count');
  const defective = count(row, 'units_defective');
  if (defects === null || defective === null || defects >= defective) return null;
  return {
    path: 'total_defects_count',
    message: 'total defects must be at least units defective (each defective unit has a defect)',
    code: 'row.defectsUnderDefective',
  };
};

/** One quality inspection of a work order's (or job's) units. */
export const qualityEntrySpec: TableSpec = {
  table: 'quality_entry',
  noun: 'inspection',
  key: ['quality_entry_id'],
  tenant: true,
  dateColumn: 'shift_date',
  columns: [
    { name: 'quality_entry_id', label: 'Inspection ID', type: { kind: 'key', max: 50 }, generated: 'uuid' },
    WORK_ORDER_REF,
    JOB_REF,
    CLIENT_REF,
    SHIFT_DATE,
    SHIFT_TYPE,
    // Free text, but RTY counts each distinct spelling as an operation: the grid offers those in use.
    {
      name: 'operation_checked',
      label: 'Operation checked',
      type: { kind: 'text', max: 50, suggest: 'quality_operation' },
    },
    {
      name: 'units_inspected',
      label: 'Units inspected',
      type: { kind: 'int', min: 0, max: MAX_ENTRY_UNITS },
    },
    { name: 'units_passed', label: 'Units passed', type: { kind: 'int', min: 0, max: MAX_ENTRY_UNITS } },
    {
      name: 'units_defective',
      label: 'Units defective',
      type: { kind: 'int', min: 0, max: MAX_ENTRY_UNITS },
    },
    {
      name: 'units_requiring_rework',
      label: 'Units to rework',
      type: { kind: 'int', min: 0, max: MAX_ENTRY_UNITS },
    },
    {
      name: 'units_requiring_repair',
      label: 'Units to repair',
      type: { kind: 'int', min: 0, max: MAX_ENTRY_UNITS },
    },
    { name: 'defect_categories', label: 'Defect categories', type: { kind: 'text', max: 1000 } },
    {
      name: 'total_defects_count',
      label: 'Total defects',
      type: { kind: 'int', min: 0, max: MAX_ENTRY_UNITS },
    },
    // "User ID or Employee ID": either kind of id, so plain text (the DDL has no foreign key).
    { name: 'qc_inspector_id', label: 'Inspector', type: { kind: 'text', max: 50 } },
    {
      name: 'recorded_by_user_id',
      label: 'Recorded by',
      type: { kind: 'ref', target: 'user' },
      generated: 'current_user',
    },
    // "When quality data was recorded": the moment the row is written, with its recorder.
    { name: 'recorded_at', label: 'Recorded at', type: { kind: 'timestamp' }, generated: 'now' },
    {
      name: 'inspection_method',
      label: 'Method',
      type: { kind: 'enum', values: INSPECTION_METHODS, labels: INSPECTION_METHOD_LABELS },
    },
    { name: 'sample_size_percent', label: 'Sample (%)', type: { kind: 'real', min: 0, max: 100 } },
    { name: 'notes', label: 'Notes', type: { kind: 'text', max: 500 } },
    // Two-person verification: the verify workflow's (LEADER and up), not the recorder's.
    {
      name: 'verified_by_user_id',
      label: 'Verified by',
      type: { kind: 'ref', target: 'user' },
      readOnly: true,
    },
    { name: 'verified_at', label: 'Verified at', type: { kind: 'timestamp' }, readOnly: true },
  ],
  rules: [
    withinInspected('units_passed', 'units passed'),
    withinInspected('units_defective', 'units defective'),
    passedPlusDefectiveWithinInspected,
    withinInspected('units_requiring_rework', 'units requiring rework'),
    withinInspected('units_requiring_repair', 'units requiring repair'),
    defectsCoverDefectiveUnits,
  ],
};

/** One defect found by an inspection. No date of its own: it is listed through its inspection. */
export const defectDetailSpec: TableSpec = {
  table: 'defect_detail',
  noun: 'defect',
  key: ['defect_detail_id'],
  tenant: true,
  columns: [
    { name: 'defect_detail_id', label: 'Defect ID', type: { kind: 'key', max: 50 }, generated: 'uuid' },
    {
      name: 'quality_entry_id',
      label: 'Inspection',
      type: { kind: 'ref', target: 'quality_entry' },
      required: true,
    },
    CLIENT_REF,
    { name: 'defect_type', label: 'Defect type', type: { kind: 'code', list: 'defect_type' } },
    { name: 'defect_description', label: 'Description', type: { kind: 'text', max: 300 } },
    { name: 'unit_serial_or_id', label: 'Unit', type: { kind: 'text', max: 50 } },
    { name: 'is_rework_required', label: 'Rework', type: { kind: 'bool' } },
    { name: 'is_repair_in_current_op', label: 'Repair here', type: { kind: 'bool' } },
    { name: 'is_scrapped', label: 'Scrapped', type: { kind: 'bool' } },
    {
      name: 'root_cause',
      label: 'Root cause',
      type: { kind: 'enum', values: ROOT_CAUSES, labels: ROOT_CAUSE_LABELS },
    },
  ],
};
