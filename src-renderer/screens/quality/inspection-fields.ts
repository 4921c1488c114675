import type { FieldGroup } from '../../components/form/RecordForm';

/** The inspection form's fields: what was checked, then the counts the quality KPIs are made of. */
export const INSPECTION_GROUPS: readonly FieldGroup[] = [
  {
    title: 'What was inspected',
    fields: [
      'work_order_id',
      'job_id',
      'shift_date',
      'shift_type',
      'operation_checked',
      'inspection_method',
      'qc_inspector_id',
    ],
  },
  {
    title: 'Counts',
    fields: [
      'units_inspected',
      'units_passed',
      'units_defective',
      'total_defects_count',
      'units_requiring_rework',
      'units_requiring_repair',
      'sample_size_percent',
      'notes',
    ],
  },
];

export const INSPECTION_WIDE: ReadonlySet<string> = new Set(['notes']);

/** Words that say what the KPI reads each count as. */
export const INSPECTION_LABELS: Readonly<Record<string, string>> = {
  total_defects_count: 'Total defects found',
};

/** The defect form's fields; the three flags are checkboxes. */
export const DEFECT_GROUPS: readonly FieldGroup[] = [
  {
    fields: [
      'defect_type',
      'root_cause',
      'defect_description',
      'unit_serial_or_id',
      'is_rework_required',
      'is_repair_in_current_op',
      'is_scrapped',
    ],
  },
];

export const DEFECT_FLAGS: ReadonlySet<string> = new Set([
  'is_rework_required',
  'is_repair_in_current_op',
  'is_scrapped',
]);

export const DEFECT_WIDE: ReadonlySet<string> = new Set(['defect_description']);
