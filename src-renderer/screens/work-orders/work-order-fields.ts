import type { Role } from '../../../src-shared/domain/roles';
import type { FieldGroup } from '../../components/form/RecordForm';

/** Roles that plan: create and edit work orders and jobs (DATA.md § Roles). Operators read only. */
export function canPlan(role: Role): boolean {
  return role !== 'OPERATOR';
}

/** The work order form's fields, grouped as a planner reads an order. */
export const ORDER_GROUPS: readonly FieldGroup[] = [
  {
    title: 'Order',
    fields: [
      'work_order_id',
      'style_model',
      'status',
      'priority_level',
      'planned_quantity',
      'ideal_cycle_time',
      'po_number',
    ],
  },
  {
    title: 'Dates',
    fields: [
      'receipt_date',
      'acknowledged_date',
      'planned_start_date',
      'actual_start_date',
      'planned_ship_date',
      'required_date',
    ],
  },
  {
    title: 'Delivery',
    fields: [
      'actual_completion_date',
      'actual_delivery_date',
      'closure_date',
      'is_delay_justified',
      'delay_reason',
      'notes',
    ],
  },
];

export const ORDER_WIDE: ReadonlySet<string> = new Set(['delay_reason', 'notes']);

/** The job form's fields. */
export const JOB_GROUPS: readonly FieldGroup[] = [
  {
    fields: [
      'job_id',
      'job_number',
      'part_number',
      'priority_level',
      'quantity_ordered',
      'quantity_completed',
      'quantity_scrapped',
      'notes',
    ],
  },
];
