import { useState } from 'react';
import type { AppErrorShape } from '../../../src-shared/contract';
import type { Me } from '../../../src-shared/contract/auth';
import type { Row } from '../../../src-shared/db/schema';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { invoke } from '../../api/client';
import { FormClient, startingClient } from '../../components/form/FormClient';
import { RecordForm } from '../../components/form/RecordForm';
import { localIsoDate } from '../../stores/date-range';
import { useJobOptions, useOrderChoices } from '../work-orders/use-order-options';
import { INSPECTION_GROUPS, INSPECTION_LABELS, INSPECTION_WIDE } from './inspection-fields';

type Inspection = Row<'quality_entry'>;

interface InspectionFormProps {
  me: Me;
  scopeClient: string | null;
  /** The inspection to edit, or null for a new one. */
  inspection: Inspection | null;
  onSaved(inspection: Inspection, created: boolean): void;
  onConflict(error: AppErrorShape): void;
  onCancel(): void;
}

/** Logs or corrects one inspection: the order inspected, the counts, who and how. */
export function InspectionForm({
  me,
  scopeClient,
  inspection,
  onSaved,
  onConflict,
  onCancel,
}: InspectionFormProps) {
  const [clientId, setClientId] = useState(() => inspection?.client_id ?? startingClient(me, scopeClient));
  const [workOrderId, setWorkOrderId] = useState(inspection?.work_order_id ?? '');
  const [orders] = useOrderChoices(clientId || null);
  const jobs = useJobOptions(workOrderId);

  return (
    <RecordForm
      key={inspection ? `${inspection.quality_entry_id}:${inspection.version}` : `new:${clientId}`}
      spec={TABLE_SPECS.quality_entry}
      title={inspection ? 'Edit inspection' : 'New inspection'}
      groups={INSPECTION_GROUPS}
      row={inspection}
      defaults={{ shift_date: localIsoDate(new Date()), qc_inspector_id: me.username }}
      base={{ client_id: clientId }}
      options={{ work_order_id: orders.options, job_id: jobs }}
      wide={INSPECTION_WIDE}
      labels={INSPECTION_LABELS}
      onField={(name, draft) => (name === 'work_order_id' ? { ...draft, job_id: '' } : draft)}
      onDraft={(draft) => setWorkOrderId(draft.work_order_id ?? '')}
      save={(values, changes) =>
        inspection
          ? invoke('quality.update', {
              key: { quality_entry_id: inspection.quality_entry_id },
              version: inspection.version,
              changes,
            })
          : invoke('quality.create', { ...values, client_id: clientId })
      }
      onSaved={(saved) => onSaved(saved, inspection === null)}
      onConflict={onConflict}
      onCancel={onCancel}
      submitLabel="Save inspection"
    >
      {inspection === null && (
        <FormClient
          id="inspection-client"
          me={me}
          scopeClient={scopeClient}
          value={clientId}
          onChange={setClientId}
        />
      )}
    </RecordForm>
  );
}
