import type { Row } from '../../../src-shared/db/schema';
import { rowKeys } from '../../components/form/row-keys';
import { codeWords } from '../../components/form/SpecField';
import { orderAndJob } from './inspection-text';

type Inspection = Row<'quality_entry'>;

interface InspectionsTableProps {
  inspections: readonly Inspection[];
  selectedId: string | null;
  onSelect(inspection: Inspection): void;
  showClient: boolean;
}

const num = (value: number | null) => (value === null ? '—' : value.toLocaleString('en-US'));

/** The inspections as rows: what was checked, the counts and who checked; Enter opens the defects. */
export function InspectionsTable({ inspections, selectedId, onSelect, showClient }: InspectionsTableProps) {
  return (
    <div className="table-wrap">
      <table className="list-table" aria-label="Inspections">
        <thead>
          <tr>
            <th scope="col">Date</th>
            {showClient && <th scope="col">Client</th>}
            <th scope="col">Work order / job</th>
            <th scope="col" className="num">
              Inspected
            </th>
            <th scope="col" className="num">
              Passed
            </th>
            <th scope="col" className="num">
              Defective
            </th>
            <th scope="col" className="num">
              Defects
            </th>
            <th scope="col">Operation</th>
            <th scope="col">Inspector</th>
            <th scope="col">Method</th>
          </tr>
        </thead>
        <tbody>
          {inspections.map((q) => (
            <tr
              key={q.quality_entry_id}
              tabIndex={0}
              aria-selected={q.quality_entry_id === selectedId}
              onClick={() => onSelect(q)}
              onKeyDown={(event) => rowKeys(event, () => onSelect(q))}
            >
              <td>{q.shift_date}</td>
              {showClient && <td>{q.client_id}</td>}
              <td>{orderAndJob(q.work_order_id, q.job_id)}</td>
              <td className="num">{num(q.units_inspected)}</td>
              <td className="num">{num(q.units_passed)}</td>
              <td className="num">{num(q.units_defective)}</td>
              <td className="num">{num(q.total_defects_count)}</td>
              <td>{q.operation_checked ?? '—'}</td>
              <td>{q.qc_inspector_id ?? '—'}</td>
              <td>{q.inspection_method ? codeWords(q.inspection_method) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
