import { useState } from 'react';
import type { Row } from '../../../src-shared/db/schema';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { errorText, invoke } from '../../api/client';
import { RecordForm } from '../../components/form/RecordForm';
import { rowKeys } from '../../components/form/row-keys';
import { codeWords } from '../../components/form/SpecField';
import { useCodeOptions } from '../../components/form/use-code-options';
import { useLoad } from '../../components/form/use-load';
import { compareDefectCount } from './defect-count';
import { DEFECT_FLAGS, DEFECT_GROUPS, DEFECT_WIDE } from './inspection-fields';

type Inspection = Row<'quality_entry'>;
type Defect = Row<'defect_detail'>;
type Editing = { kind: 'none' } | { kind: 'new'; n: number } | { kind: 'defect'; id: string };

interface DefectPanelProps {
  inspection: Inspection;
  /** The inspection changed here (its total set): the screen reloads it. */
  onInspectionChanged(note: string): void;
}

/** The flags of a defect in words: "rework, scrapped". */
function flags(d: Defect): string {
  const words = [
    d.is_rework_required === 1 && 'rework',
    d.is_repair_in_current_op === 1 && 'repair here',
    d.is_scrapped === 1 && 'scrapped',
  ].filter(Boolean);
  return words.length > 0 ? words.join(', ') : '—';
}

/**
 * The defect details of one inspection, beside the list: add (the form stays open for the next
 * one), edit, delete, and keep the inspection's total of defects equal to what is logged.
 */
export function DefectPanel({ inspection, onInspectionChanged }: DefectPanelProps) {
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [note, setNote] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const types = useCodeOptions('defect_type', inspection.client_id);
  const [defects, reload] = useLoad(`defects:${inspection.quality_entry_id}`, () =>
    invoke('defects.list', { equals: { quality_entry_id: inspection.quality_entry_id }, limit: 1000 }),
  );
  const rows = defects.kind === 'ready' ? defects.data.rows : [];
  const current = editing.kind === 'defect' ? rows.find((d) => d.defect_detail_id === editing.id) : undefined;
  const count =
    defects.kind === 'ready' ? compareDefectCount(inspection, rows.length) : { kind: 'match' as const };
  const typeLabel = (code: string | null) =>
    code === null ? 'Type not recorded' : (types.find((t) => t.value === code)?.label ?? code);

  async function setTotal(logged: number): Promise<void> {
    setFailure(null);
    const result = await invoke('quality.update', {
      key: { quality_entry_id: inspection.quality_entry_id },
      version: inspection.version,
      changes: { total_defects_count: logged },
    });
    if (result.ok) onInspectionChanged(`Total defects set to ${logged}.`);
    else if (result.error.code === 'CONFLICT')
      onInspectionChanged('Someone else changed this inspection; reloaded.');
    else setFailure(errorText(result.error));
  }

  async function remove(defect: Defect): Promise<void> {
    setFailure(null);
    const result = await invoke('defects.delete', {
      key: { defect_detail_id: defect.defect_detail_id },
      version: defect.version,
    });
    setConfirmDelete(false);
    if (!result.ok) {
      setFailure(
        result.error.code === 'CONFLICT'
          ? 'Someone else changed this defect; reloaded.'
          : errorText(result.error),
      );
      reload();
      return;
    }
    setEditing({ kind: 'none' });
    setNote('Defect deleted.');
    reload();
  }

  return (
    <section aria-labelledby="defects-title" data-testid="defect-panel">
      <div className="screen-head">
        <h4 id="defects-title">Defects ({rows.length})</h4>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setNote(null);
            setEditing({ kind: 'new', n: 0 });
          }}
        >
          Add a defect
        </button>
      </div>
      {note && (
        <p className="save-note" role="status">
          {note}
        </p>
      )}
      {count.kind !== 'match' && (
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
      {defects.kind === 'loading' ? (
        <p role="status">Loading defects…</p>
      ) : defects.kind === 'failed' ? (
        <p className="form-error" role="alert">
          The defects could not be loaded: {defects.message}
        </p>
      ) : rows.length === 0 ? (
        <p className="empty-state">No defects logged. Use Add a defect for each one found.</p>
      ) : (
        <table className="list-table" aria-label="Defects of this inspection">
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">Flags</th>
              <th scope="col">Root cause</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => {
              const pick = () => {
                setNote(null);
                setConfirmDelete(false);
                setEditing({ kind: 'defect', id: d.defect_detail_id });
              };
              return (
                <tr
                  key={d.defect_detail_id}
                  tabIndex={0}
                  aria-selected={current?.defect_detail_id === d.defect_detail_id}
                  title={d.defect_description ?? undefined}
                  onClick={pick}
                  onKeyDown={(event) => rowKeys(event, pick)}
                >
                  <td className="wrap">{typeLabel(d.defect_type)}</td>
                  <td>{flags(d)}</td>
                  <td>{d.root_cause ? codeWords(d.root_cause) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {(editing.kind === 'new' || current) && (
        <RecordForm
          key={
            current
              ? `${current.defect_detail_id}:${current.version}`
              : `new:${editing.kind === 'new' ? editing.n : 0}`
          }
          spec={TABLE_SPECS.defect_detail}
          title={current ? 'Edit defect' : `New defect (${rows.length + 1})`}
          groups={DEFECT_GROUPS}
          row={current ?? null}
          base={{ client_id: inspection.client_id, quality_entry_id: inspection.quality_entry_id }}
          options={{ defect_type: types }}
          checkboxes={DEFECT_FLAGS}
          wide={DEFECT_WIDE}
          save={(values, changes) =>
            current
              ? invoke('defects.update', {
                  key: { defect_detail_id: current.defect_detail_id },
                  version: current.version,
                  changes,
                })
              : invoke('defects.create', {
                  ...values,
                  client_id: inspection.client_id,
                  quality_entry_id: inspection.quality_entry_id,
                })
          }
          onSaved={() => {
            reload();
            if (current) {
              setNote('Defect saved.');
              setEditing({ kind: 'none' });
            } else {
              // A fresh form for the next defect: an inspector logs several in a row.
              setNote(`Defect ${rows.length + 1} added.`);
              setEditing((e) => ({ kind: 'new', n: (e.kind === 'new' ? e.n : 0) + 1 }));
            }
          }}
          onConflict={() => {
            setNote('Someone else changed this defect; reloaded.');
            reload();
          }}
          onCancel={() => setEditing({ kind: 'none' })}
          submitLabel={current ? 'Save defect' : 'Add defect'}
          extraActions={
            current &&
            (confirmDelete ? (
              <button type="button" className="button-danger" onClick={() => void remove(current)}>
                Yes, delete it
              </button>
            ) : (
              <button type="button" className="button-danger" onClick={() => setConfirmDelete(true)}>
                Delete
              </button>
            ))
          }
        />
      )}
    </section>
  );
}
