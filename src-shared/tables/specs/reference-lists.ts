import { SEVERITY_LABELS } from '../../domain/enum-labels';
import { SEVERITIES } from '../../domain/enums';
import type { ColumnSpec, TableSpec } from '../column';
import { MAX_SORT_ORDER } from './bounds';
import { CLIENT_REF } from './shared-columns';

/**
 * A list's own code. Not the `code` kind: that one names a row of a list (and is checked against
 * it), while this column creates the row. UPPER_SNAKE as the DDL demands, so `other` and `OTHER`
 * never become two groups of a KPI.
 */
function ownCode(name: string, label: string): ColumnSpec {
  return {
    name,
    label,
    type: {
      kind: 'text',
      min: 1,
      max: 50,
      format: 'listCode',
    },
    required: true,
  };
}

/** The three simple lists share one shape: a code, its words, whether it is offered, and its place. */
function codeList(table: string, noun: string): TableSpec {
  return {
    table,
    noun,
    key: ['client_id', 'code'],
    tenant: true,
    columns: [
      CLIENT_REF,
      ownCode('code', 'Code'),
      { name: 'label', label: 'Label', type: { kind: 'text', min: 1, max: 100 }, required: true },
      { name: 'is_active', label: 'Active', type: { kind: 'bool' } },
      {
        name: 'sort_order',
        label: 'Order',
        type: { kind: 'int', min: -MAX_SORT_ORDER, max: MAX_SORT_ORDER },
      },
    ],
  };
}

export const downtimeReasonSpec: TableSpec = codeList('downtime_reason', 'downtime reason');
export const holdReasonSpec: TableSpec = codeList('hold_reason', 'hold reason');
export const absenceTypeSpec: TableSpec = codeList('absence_type', 'absence type');

/** The client's defect catalogue (seeded from an industry template); defect details name its codes. */
export const defectTypeSpec: TableSpec = {
  table: 'defect_type',
  noun: 'defect type',
  key: ['client_id', 'defect_code'],
  tenant: true,
  columns: [
    CLIENT_REF,
    ownCode('defect_code', 'Code'),
    { name: 'defect_name', label: 'Name', type: { kind: 'text', min: 1, max: 100 }, required: true },
    { name: 'description', label: 'Description', type: { kind: 'text', max: 500 } },
    { name: 'category', label: 'Category', type: { kind: 'text', max: 50 } },
    {
      name: 'severity_default',
      label: 'Severity',
      type: { kind: 'enum', values: SEVERITIES, labels: SEVERITY_LABELS },
    },
    { name: 'industry_standard_code', label: 'Standard code', type: { kind: 'text', max: 50 } },
    { name: 'sort_order', label: 'Order', type: { kind: 'int', min: -MAX_SORT_ORDER, max: MAX_SORT_ORDER } },
    { name: 'is_active', label: 'Active', type: { kind: 'bool' } },
  ],
};
