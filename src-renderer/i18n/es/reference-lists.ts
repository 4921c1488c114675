import type { CatalogueOf } from '../catalogue-shape';
import type { referenceLists as en } from '../en/reference-lists';

/** Las listas de la planta tal como llegan a un cliente nuevo, en español. */
export const referenceLists: CatalogueOf<typeof en> = {
  refs: {
    downtime_reason: {
      EQUIPMENT_FAILURE: 'Falla de equipo',
      MATERIAL_SHORTAGE: 'Falta de material',
      CHANGEOVER_SETUP: 'Cambio de modelo / ajuste',
      LACK_OF_ORDERS: 'Falta de órdenes',
      MAINTENANCE_SCHEDULED: 'Mantenimiento programado',
      QC_HOLD: 'Retención de calidad',
      MISSING_SPECIFICATION: 'Falta especificación',
      OTHER: 'Otro',
    },
    hold_reason: {
      MATERIAL_INSPECTION: 'Inspección de material',
      QUALITY_ISSUE: 'Problema de calidad',
      ENGINEERING_REVIEW: 'Revisión de ingeniería',
      CUSTOMER_REQUEST: 'Solicitud del cliente',
      MISSING_SPECIFICATION: 'Falta especificación',
      EQUIPMENT_UNAVAILABLE: 'Equipo no disponible',
      CAPACITY_CONSTRAINT: 'Falta de capacidad',
      OTHER: 'Otro',
    },
    absence_type: {
      UNSCHEDULED_ABSENCE: 'Falta sin aviso',
      VACATION: 'Vacaciones',
      MEDICAL_LEAVE: 'Incapacidad médica',
      PERSONAL_DAY: 'Día personal',
      SUSPENDED: 'Suspendido',
      OTHER: 'Otro',
    },
    defect_type: {
      STITCH: 'Defecto de costura',
      FABRIC: 'Defecto de tela',
      MEASURE: 'Error de medida',
      COLOR: 'Variación de tono',
      PILLING: 'Motas (pilling)',
      HOLE_TEAR: 'Hoyo / rasgadura',
      STAIN: 'Mancha',
      SEAM_PUCKER: 'Costura fruncida',
      LABEL_ERR: 'Error de etiqueta',
      STITCHING: 'Costura',
      COLOR_MISMATCH: 'Tono diferente',
      SIZING: 'Tallaje',
      MATERIAL_DEFECT: 'Defecto de material',
      ASSEMBLY: 'Ensamble',
      FINISHING: 'Acabado',
      PACKAGING: 'Empaque',
      OTHER: 'Otro',
    },
  },
};
