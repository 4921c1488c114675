import { useState } from 'react';
import type { Row } from '../../../src-shared/db/schema';
import { errorText, invoke } from '../../api/client';
import { useLoad } from '../../components/form/use-load';
import { DataGrid } from '../../components/grid/DataGrid';
import { compareDefectCount } from './defect-count';
import { orderAndJob } from './inspection-text';
import { DEFECT_COLUMNS } from './quality-columns';

type Inspection = Row<'quality_entry'>;

interface DefectsGridProps {
  inspection: Inspection;
  /** The inspection changed here (its total set), or someone else changed it: the screen reloads it. */
  onInspectionChanged(note: string): void;
}

/**
 * The defect details of one inspection as a grid under the inspections, and the check that the
 * inspection's total of defects equals what is logged (DPMO counts the total, the Pareto the details).
 */
export function DefectsGrid({ inspection, onInspectionChanged }: DefectsGridProps) {
  const id = inspection.quality_entry_id;
  const [saves, setSaves] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  // Only the count is needed here; the grid loads the rows themselves.
  const [logged] = useLoad(`defects:${id}:${saves}`, () =>
    invoke('defects.list', { equals: { quality_entry_id: id }, limit: 1 }),
  );
  const count = logged.kind === 'ready' ? compareDefectCount(inspection, logged.data.total) : null;

  async function setTotal(total: number): Promise<void> {
    setFailure(null);
    const result = await invoke('quality.update', {
      key: { quality_entry_id: id },
      version: inspection.version,
      changes: { total_defects_count: total },
    });
    if (result.ok) onInspectionChanged(`Total defects set to ${total}.`);
    else if (result.error.code === 'CONFLICT')
      onInspectionChanged('Someone else changed this inspection; reloaded.');
    else setFailure(errorText(result.error));
  }

  const shown = logged.kind === 'ready' ? logged.data.total : null;
  return (
    <div className="defects-grid" data-testid="defect-panel">
      <DataGrid
        domain="defects"
        clientId={inspection.client_id}
        filter={{ equals: { quality_entry_id: id } }}
        columns={DEFECT_COLUMNS}
        fixed={{ client_id: inspection.client_id, quality_entry_id: id }}
        onSaved={() => setSaves((n) => n + 1)}
        title={`Defects of ${orderAndJob(inspection.work_order_id, inspection.job_id)}, ${inspection.shift_date}${shown === null ? '' : ` (${shown})`}`}
        empty="No defects logged for this inspection. Type one per line in the last row: type, root cause, description, flags."
      />
      {count && count.kind !== 'match' && (
        <div className="mismatch" data-testid="defect-count-mismatch">
          <p>{count.message}</p>
          {count.kind === 'settable' && (
            <button type="button" className="button-secondary" onClick={() => void setTotal(count.logged)}>
              Set total defects to {count.logged}
            </button>
          )}
        </div>
      )}
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
