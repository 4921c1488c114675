import { PRIORITY_LEVEL_LABELS, WORK_ORDER_STATUS_LABELS } from '../../domain/enum-labels';
import { PRIORITY_LEVELS, WORK_ORDER_STATUSES } from '../../domain/enums';
import type { TableSpec } from '../column';
import { MAX_CYCLE_HOURS, MAX_ORDER_UNITS } from './bounds';
import { positiveCycleTime } from './product';
import { CLIENT_REF, WORK_ORDER_REF } from './shared-columns';

/**
 * A customer work order, keyed by the plant's own code. No date column: none of its dates is the
 * one every list filters on (ship, required, receipt and start dates serve different reports).
 */
export const workOrderSpec: TableSpec = {
  table: 'work_order',
  noun: 'work order',
  key: ['work_order_id'],
  tenant: true,
  columns: [
    { name: 'work_order_id', label: 'Work order', type: { kind: 'key', max: 50 }, required: true },
    CLIENT_REF,
    // Not a foreign key: a work order may name a style before the product list has it.
    { name: 'style_model', label: 'Style / model', type: { kind: 'text', max: 100 } },
    { name: 'planned_quantity', label: 'Planned qty', type: { kind: 'int', min: 1, max: MAX_ORDER_UNITS } },
    { name: 'planned_start_date', label: 'Planned start', type: { kind: 'date' } },
    { name: 'actual_start_date', label: 'Actual start', type: { kind: 'date' } },
    { name: 'planned_ship_date', label: 'Planned ship', type: { kind: 'date' } },
    { name: 'required_date', label: 'Required by', type: { kind: 'date' } },
    // Hours per unit; blank (not 0) when unknown, so the KPI engine infers it.
    {
      name: 'ideal_cycle_time',
      label: 'Ideal cycle (h/unit)',
      type: { kind: 'real', min: 0, max: MAX_CYCLE_HOURS },
    },
    {
      name: 'status',
      label: 'Status',
      type: { kind: 'enum', values: WORK_ORDER_STATUSES, labels: WORK_ORDER_STATUS_LABELS },
    },
    { name: 'receipt_date', label: 'Received', type: { kind: 'date' } },
    { name: 'acknowledged_date', label: 'Acknowledged', type: { kind: 'date' } },
    {
      name: 'priority_level',
      label: 'Priority',
      type: { kind: 'enum', values: PRIORITY_LEVELS, labels: PRIORITY_LEVEL_LABELS },
    },
    { name: 'po_number', label: 'PO number', type: { kind: 'text', max: 50 } },
    { name: 'notes', label: 'Notes', type: { kind: 'text', max: 1000 } },
    { name: 'actual_delivery_date', label: 'Delivered', type: { kind: 'date' } },
    { name: 'actual_completion_date', label: 'Completed', type: { kind: 'date' } },
    { name: 'closure_date', label: 'Closed', type: { kind: 'date' } },
    { name: 'delay_reason', label: 'Delay reason', type: { kind: 'text', max: 500 } },
    // Blank means "not reviewed", which an OTD review tells apart from 0 ("not justified").
    { name: 'is_delay_justified', label: 'Delay justified', type: { kind: 'bool' } },
  ],
  rules: [positiveCycleTime],
};

/** A line item of a work order, in the same client. */
export const jobSpec: TableSpec = {
  table: 'job',
  noun: 'job',
  key: ['job_id'],
  tenant: true,
  columns: [
    { name: 'job_id', label: 'Job', type: { kind: 'key', max: 50 }, required: true },
    WORK_ORDER_REF,
    CLIENT_REF,
    { name: 'job_number', label: 'Job number', type: { kind: 'text', max: 50 } },
    // Not a foreign key: part_opportunities is needed only "if quality tracking required".
    { name: 'part_number', label: 'Part number', type: { kind: 'text', max: 50 } },
    { name: 'quantity_ordered', label: 'Qty ordered', type: { kind: 'int', min: 1, max: MAX_ORDER_UNITS } },
    {
      name: 'quantity_completed',
      label: 'Qty completed',
      type: { kind: 'int', min: 0, max: MAX_ORDER_UNITS },
    },
    { name: 'quantity_scrapped', label: 'Qty scrapped', type: { kind: 'int', min: 0, max: MAX_ORDER_UNITS } },
    {
      name: 'priority_level',
      label: 'Priority',
      type: { kind: 'enum', values: PRIORITY_LEVELS, labels: PRIORITY_LEVEL_LABELS },
    },
    { name: 'notes', label: 'Notes', type: { kind: 'text', max: 500 } },
  ],
};
