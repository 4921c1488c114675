import { useState } from 'react';
import type { Row } from '../../../src-shared/db/schema';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { invoke } from '../../api/client';
import { RecordForm } from '../../components/form/RecordForm';
import { rowKeys } from '../../components/form/row-keys';
import { useLoad } from '../../components/form/use-load';
import { JOB_GROUPS } from './work-order-fields';

type Order = Row<'work_order'>;
type Job = Row<'job'>;
type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'job'; id: string };

const LOCKED_KEY = new Set(['job_id']);

interface JobsPanelProps {
  order: Order;
  canEdit: boolean;
}

/** The jobs (line items) of one work order; planners add and edit them here. */
export function JobsPanel({ order, canEdit }: JobsPanelProps) {
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [note, setNote] = useState<string | null>(null);
  const [jobs, reload] = useLoad(`jobs:${order.work_order_id}`, () =>
    invoke('jobs.list', { equals: { work_order_id: order.work_order_id }, limit: 1000 }),
  );
  const rows = jobs.kind === 'ready' ? jobs.data.rows : [];
  const current = editing.kind === 'job' ? rows.find((j) => j.job_id === editing.id) : undefined;

  function saved(job: Job, words: string): void {
    setNote(`${words} ${job.job_id}.`);
    setEditing({ kind: 'job', id: job.job_id });
    reload();
  }

  return (
    <section aria-labelledby="jobs-title" className="jobs-panel">
      <div className="screen-head">
        <h4 id="jobs-title">Jobs of {order.work_order_id}</h4>
        {canEdit && (
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setNote(null);
              setEditing({ kind: 'new' });
            }}
          >
            Add a job
          </button>
        )}
      </div>
      {note && (
        <p className="save-note" role="status">
          {note}
        </p>
      )}
      {jobs.kind === 'loading' ? (
        <p role="status">Loading jobs…</p>
      ) : jobs.kind === 'failed' ? (
        <p className="form-error" role="alert">
          The jobs could not be loaded: {jobs.message}
        </p>
      ) : rows.length === 0 ? (
        <p className="empty-state">
          This order has no jobs yet.{canEdit ? ' Use Add a job to split it into line items.' : ''}
        </p>
      ) : (
        <table className="list-table" aria-label={`Jobs of ${order.work_order_id}`}>
          <thead>
            <tr>
              <th scope="col">Job</th>
              <th scope="col">Part</th>
              <th scope="col" className="num">
                Ordered
              </th>
              <th scope="col" className="num">
                Done
              </th>
              <th scope="col" className="num">
                Scrap
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((job) => {
              const pick = () => canEdit && setEditing({ kind: 'job', id: job.job_id });
              return (
                <tr
                  key={job.job_id}
                  tabIndex={0}
                  aria-selected={current?.job_id === job.job_id}
                  onClick={pick}
                  onKeyDown={(event) => rowKeys(event, pick)}
                >
                  <td>{job.job_id}</td>
                  <td>{job.part_number ?? '—'}</td>
                  <td className="num">{job.quantity_ordered ?? '—'}</td>
                  <td className="num">{job.quantity_completed ?? '—'}</td>
                  <td className="num">{job.quantity_scrapped ?? '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {canEdit && (editing.kind === 'new' || current) && (
        <RecordForm
          key={current ? `${current.job_id}:${current.version}` : 'new'}
          spec={TABLE_SPECS.job}
          title={current ? `Job ${current.job_id}` : 'New job'}
          groups={JOB_GROUPS}
          row={current ?? null}
          base={{ client_id: order.client_id, work_order_id: order.work_order_id }}
          locked={current ? LOCKED_KEY : undefined}
          wide={new Set(['notes'])}
          save={(values, changes) =>
            current
              ? invoke('jobs.update', { key: { job_id: current.job_id }, version: current.version, changes })
              : invoke('jobs.create', {
                  ...values,
                  client_id: order.client_id,
                  work_order_id: order.work_order_id,
                })
          }
          onSaved={(job) => saved(job, current ? 'Saved job' : 'Added job')}
          onConflict={() => {
            setNote('Someone else changed this job; reloaded.');
            reload();
          }}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      )}
    </section>
  );
}
