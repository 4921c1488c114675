import type { Row } from '../../../src-shared/db/schema';
import { codeWords } from '../../components/form/SpecField';
import { orderAndJob } from './inspection-text';

type Inspection = Row<'quality_entry'>;

/** First pass yield of one inspection, for reading beside its counts ("98.50 %"). */
function yieldText(q: Inspection): string | null {
  if (!q.units_inspected || q.units_passed === null) return null;
  return `${((q.units_passed / q.units_inspected) * 100).toFixed(2)} %`;
}

/** The selected inspection in one glance: order, date, counts; Edit opens the form. */
export function InspectionSummary({ inspection, onEdit }: { inspection: Inspection; onEdit(): void }) {
  const fpy = yieldText(inspection);
  return (
    <div>
      <div className="screen-head">
        <h3>
          {orderAndJob(inspection.work_order_id, inspection.job_id)}, {inspection.shift_date}
        </h3>
        <button type="button" className="button-secondary" onClick={onEdit}>
          Edit inspection
        </button>
      </div>
      <dl className="facts">
        <dt>Operation</dt>
        <dd>{inspection.operation_checked ?? 'Not recorded'}</dd>
        <dt>Counts</dt>
        <dd>
          {inspection.units_inspected ?? '—'} inspected, {inspection.units_passed ?? '—'} passed,{' '}
          {inspection.units_defective ?? '—'} defective
          {fpy ? ` (first pass ${fpy})` : ''}
        </dd>
        <dt>Total defects</dt>
        <dd>{inspection.total_defects_count ?? 'Not recorded'}</dd>
        <dt>By</dt>
        <dd>
          {inspection.qc_inspector_id ?? 'Not recorded'}
          {inspection.inspection_method ? `, ${codeWords(inspection.inspection_method)}` : ''}
        </dd>
      </dl>
    </div>
  );
}
