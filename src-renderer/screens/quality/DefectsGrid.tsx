import { useState } from 'react';
import type { Row } from '../../../src-shared/db/schema';
import { errorText, invoke } from '../../api/client';
import { useLoad } from '../../components/form/use-load';
import { DataGrid } from '../../components/grid/DataGrid';
import { fmt } from '../../i18n/fmt';
import { i18next } from '../../i18n/i18n';
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
    if (result.ok) onInspectionChanged(i18next.t('quality.totalSet', { count: total }));
    else if (result.error.code === 'CONFLICT') onInspectionChanged(i18next.t('quality.conflict'));
    else setFailure(errorText(result.error));
  }

  const shown = logged.kind === 'ready' ? logged.data.total : null;
  const which = orderAndJob(inspection.work_order_id, inspection.job_id);
  const date = fmt.date(inspection.shift_date);
  return (
    <div className="defects-grid" data-testid="defect-panel">
      <DataGrid
        domain="defects"
        clientId={inspection.client_id}
        filter={{ equals: { quality_entry_id: id } }}
        columns={DEFECT_COLUMNS}
        fixed={{ client_id: inspection.client_id, quality_entry_id: id }}
        onSaved={() => setSaves((n) => n + 1)}
        title={
          shown === null
            ? i18next.t('quality.defectsTitle', { inspection: which, date })
            : i18next.t('quality.defectsTitleCount', { inspection: which, date, count: shown })
        }
        empty={i18next.t('quality.defectsEmpty')}
      />
      {count && count.kind !== 'match' && (
        <div className="mismatch" data-testid="defect-count-mismatch">
          <p>{count.message}</p>
          {count.kind === 'settable' && (
            <button type="button" className="button-secondary" onClick={() => void setTotal(count.logged)}>
              {i18next.t('quality.setTotal', { count: count.logged })}
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
