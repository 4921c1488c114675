import { useState } from 'react';
import { invoke } from '../../api/client';
import { useLoad } from '../../components/form/use-load';
import { CsvActions } from '../../components/import/CsvActions';
import { clientIdsOf, useScopeStore } from '../../stores/scope-store';
import { useDateRange } from '../../stores/use-date-range';
import type { ScreenProps } from '../registry';
import '../../components/form/screen-kit.css';
import { DefectPanel } from './DefectPanel';
import { InspectionForm } from './InspectionForm';
import { InspectionSummary } from './InspectionSummary';
import { InspectionsTable } from './InspectionsTable';

type Panel = { kind: 'none' } | { kind: 'new' } | { kind: 'inspection'; id: string; editing: boolean };

const PAGE = 500;

/** Inspections of the chosen client(s) and period, with the defect details of the one picked beside them. */
export function QualityScreen({ me }: ScreenProps) {
  const client = useScopeStore((s) => s.client);
  const { from, to } = useDateRange();
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [note, setNote] = useState<string | null>(null);
  const clientIds = clientIdsOf(client);
  const [list, reload] = useLoad(`${client ?? '*'}:${from}:${to}`, () =>
    invoke('quality.list', { clientIds, from, to, limit: PAGE }),
  );
  const rows = list.kind === 'ready' ? list.data.rows : [];
  const selected =
    panel.kind === 'inspection' ? rows.find((q) => q.quality_entry_id === panel.id) : undefined;

  function changed(message: string): void {
    setNote(message);
    reload();
  }

  return (
    <section aria-labelledby="quality-title">
      <div className="screen-head">
        <h2 id="quality-title">Quality</h2>
        <button
          type="button"
          onClick={() => {
            setNote(null);
            setPanel({ kind: 'new' });
          }}
        >
          New inspection
        </button>
        <CsvActions
          table="quality_entry"
          plural="inspections"
          filter={{ clientIds, from, to }}
          onImported={() => reload()}
        />
      </div>
      {list.kind === 'ready' && (
        <p className="field-hint">
          {list.data.total > rows.length
            ? `The latest ${rows.length} of ${list.data.total} inspections in the period: pick a shorter period to see older ones.`
            : `${rows.length} ${rows.length === 1 ? 'inspection' : 'inspections'} from ${from} to ${to}.`}
        </p>
      )}
      {note && (
        <p className="screen-note" role="status">
          {note}
        </p>
      )}
      <div className="screen-split">
        <div>
          {list.kind === 'loading' ? (
            <p role="status">Loading inspections…</p>
          ) : list.kind === 'failed' ? (
            <p className="form-error" role="alert">
              The inspections could not be loaded: {list.message}
            </p>
          ) : rows.length === 0 ? (
            <p className="empty-state">
              <strong>No inspections in this period.</strong> Use New inspection to log one, or pick a longer
              period above.
            </p>
          ) : (
            <InspectionsTable
              inspections={rows}
              selectedId={selected?.quality_entry_id ?? null}
              showClient={client === null}
              onSelect={(q) => {
                setNote(null);
                setPanel({ kind: 'inspection', id: q.quality_entry_id, editing: false });
              }}
            />
          )}
        </div>
        <aside aria-label="Inspection and defects" className="side-panel">
          {panel.kind === 'new' || (selected && panel.kind === 'inspection' && panel.editing) ? (
            <InspectionForm
              me={me}
              scopeClient={client}
              inspection={panel.kind === 'new' ? null : (selected ?? null)}
              onSaved={(saved, created) => {
                setPanel({ kind: 'inspection', id: saved.quality_entry_id, editing: false });
                changed(created ? 'Inspection saved: now log its defects.' : 'Inspection saved.');
              }}
              onConflict={() => changed('Someone else changed this inspection; reloaded.')}
              onCancel={() =>
                setPanel(
                  selected
                    ? { kind: 'inspection', id: selected.quality_entry_id, editing: false }
                    : { kind: 'none' },
                )
              }
            />
          ) : selected ? (
            <>
              <InspectionSummary
                inspection={selected}
                onEdit={() => setPanel({ kind: 'inspection', id: selected.quality_entry_id, editing: true })}
              />
              <DefectPanel
                key={selected.quality_entry_id}
                inspection={selected}
                onInspectionChanged={changed}
              />
            </>
          ) : (
            <p className="empty-state">
              Pick an inspection to see and log its defects, or use New inspection.
            </p>
          )}
        </aside>
      </div>
    </section>
  );
}
