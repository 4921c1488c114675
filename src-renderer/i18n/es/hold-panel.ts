import type { CatalogueOf } from '../catalogue-shape';
import type { holdPanel as en } from '../en/hold-panel';

/** El panel de una retención: sus datos, los botones del flujo y lo que hizo cada paso. */
export const holdPanel: CatalogueOf<typeof en> = {
  holdPanel: {
    title: 'Retención de {{order}}',
    orderStatus: 'Estado de la orden:',
    holdDate: 'Fecha de retención',
    reason: 'Motivo',
    notRecorded: 'Sin registrar',
    detail: 'Detalle',
    resumeDate: 'Fecha de reanudación',
    duration: 'Duración',
    age: 'Antigüedad',
    resumedOn: 'Reanudada el',
    resumedAt: 'A las (opcional)',
    working: 'Procesando…',
    waiting: 'En espera de que un líder decida.',
    nothingMore: 'No queda nada por hacer en esta retención.',
    changedElsewhere: 'Alguien más cambió esta retención; se volvió a cargar.',
    actions: {
      approve: 'Aprobar retención',
      cancel: 'Cancelar retención',
      requestResume: 'Solicitar reanudación',
      approveResume: 'Aprobar reanudación',
      rejectResume: 'Devolver a retención',
    },
    done: {
      approve: 'Retención aprobada: la orden está retenida.',
      cancel: 'Retención cancelada.',
      requestResume: 'Reanudación solicitada: un líder la aprueba después.',
      approveResume: 'Reanudación aprobada: la orden vuelve a estar activa.',
      rejectResume: 'Reanudación rechazada: la orden sigue retenida.',
    },
    hours: '{{hours}} h',
    days_one: '{{formatted}} día',
    days_many: '{{formatted}} días',
    days_other: '{{formatted}} días',
    held: 'Retenida {{length}}',
    resumed: 'Reanudada',
  },
};
