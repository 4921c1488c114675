import type { Row } from '../../../src-shared/db/schema';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { codeWords } from '../../components/form/SpecField';
import { ORDER_GROUPS } from './work-order-fields';

/** A work order read-only (operators): every recorded field with its label, blanks said as such. */
export function WorkOrderFacts({ order }: { order: Row<'work_order'> }) {
  const spec = TABLE_SPECS.work_order;
  const record: Readonly<Record<string, unknown>> = order;
  return (
    <div>
      <h3>Work order {order.work_order_id}</h3>
      {ORDER_GROUPS.map((group) => (
        <dl key={group.title} className="facts" aria-label={group.title}>
          {group.fields.map((name) => {
            const column = spec.columns.find((c) => c.name === name);
            const value = record[name];
            const text =
              value === null || value === undefined || value === ''
                ? 'Not recorded'
                : column?.type.kind === 'bool'
                  ? value === 1
                    ? 'Yes'
                    : 'No'
                  : column?.type.kind === 'enum'
                    ? codeWords(String(value))
                    : String(value);
            return [<dt key={`${name}-t`}>{column?.label ?? name}</dt>, <dd key={`${name}-d`}>{text}</dd>];
          })}
        </dl>
      ))}
    </div>
  );
}
