import { useState } from 'react';
import type { Me } from '../../../src-shared/contract/auth';
import type { Row } from '../../../src-shared/db/schema';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { invoke } from '../../api/client';
import { FormClient, startingClient } from '../../components/form/FormClient';
import { type FieldGroup, RecordForm } from '../../components/form/RecordForm';
import { useCodeOptions } from '../../components/form/use-code-options';
import { localIsoDate } from '../../stores/date-range';
import { useJobOptions, useOrderChoices } from '../work-orders/use-order-options';

const GROUPS: FieldGroup[] = [
  { fields: ['work_order_id', 'job_id', 'hold_date', 'hold_time', 'hold_reason', 'hold_reason_detail'] },
];
const WIDE = new Set(['hold_reason_detail']);
const LABELS = { hold_reason_detail: 'What is wrong (detail)' };
// A hold is asked for on an order still in work: a completed or cancelled one has nothing to stop.
const HOLDABLE = ['ACTIVE', 'ON_HOLD'];

interface RequestHoldFormProps {
  me: Me;
  scopeClient: string | null;
  onRequested(hold: Row<'hold_entry'>): void;
  onCancel(): void;
}

/** Anyone on the client asks for a work order to be put on hold; a leader approves it next. */
export function RequestHoldForm({ me, scopeClient, onRequested, onCancel }: RequestHoldFormProps) {
  const [clientId, setClientId] = useState(() => startingClient(me, scopeClient));
  const [workOrderId, setWorkOrderId] = useState('');
  const [orders] = useOrderChoices(clientId || null, HOLDABLE);
  const jobs = useJobOptions(workOrderId);
  const reasons = useCodeOptions('hold_reason', clientId || null);

  return (
    <div className="side-panel">
      <RecordForm
        // A new client starts a new request: its orders and reasons are another list.
        key={clientId}
        spec={TABLE_SPECS.hold_entry}
        title="Request a hold"
        groups={GROUPS}
        row={null}
        defaults={{ hold_date: localIsoDate(new Date()) }}
        base={{ client_id: clientId }}
        options={{ work_order_id: orders.options, job_id: jobs, hold_reason: reasons }}
        wide={WIDE}
        labels={LABELS}
        onField={(name, draft) => (name === 'work_order_id' ? { ...draft, job_id: '' } : draft)}
        onDraft={(draft) => setWorkOrderId(draft.work_order_id ?? '')}
        save={(values) => invoke('holds.create', { ...values, client_id: clientId })}
        onSaved={onRequested}
        onCancel={onCancel}
        submitLabel="Request hold"
      >
        <p className="field-hint">A leader approves the request; until then the order keeps running.</p>
        <FormClient
          id="hold-request-client"
          me={me}
          scopeClient={scopeClient}
          value={clientId}
          onChange={(next) => {
            setClientId(next);
            setWorkOrderId('');
          }}
        />
      </RecordForm>
    </div>
  );
}
