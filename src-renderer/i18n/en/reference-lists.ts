/**
 * The default words of the plant's own lists (reasons, absence types, defect types) as a new
 * client gets them (src-main/db/reference-defaults.ts, defect templates). A plant may rename an
 * entry: only an entry still worded as shipped is shown in the user's language (reference-labels.ts).
 */
export const referenceLists = {
  refs: {
    downtime_reason: {
      EQUIPMENT_FAILURE: 'Equipment failure',
      MATERIAL_SHORTAGE: 'Material shortage',
      CHANGEOVER_SETUP: 'Changeover / setup',
      LACK_OF_ORDERS: 'Lack of orders',
      MAINTENANCE_SCHEDULED: 'Scheduled maintenance',
      QC_HOLD: 'QC hold',
      MISSING_SPECIFICATION: 'Missing specification',
      OTHER: 'Other',
    },
    hold_reason: {
      MATERIAL_INSPECTION: 'Material inspection',
      QUALITY_ISSUE: 'Quality issue',
      ENGINEERING_REVIEW: 'Engineering review',
      CUSTOMER_REQUEST: 'Customer request',
      MISSING_SPECIFICATION: 'Missing specification',
      EQUIPMENT_UNAVAILABLE: 'Equipment unavailable',
      CAPACITY_CONSTRAINT: 'Capacity constraint',
      OTHER: 'Other',
    },
    absence_type: {
      UNSCHEDULED_ABSENCE: 'Unscheduled absence',
      VACATION: 'Vacation',
      MEDICAL_LEAVE: 'Medical leave',
      PERSONAL_DAY: 'Personal day',
      SUSPENDED: 'Suspended',
      OTHER: 'Other',
    },
    defect_type: {
      STITCH: 'Stitching Defect',
      FABRIC: 'Fabric Defect',
      MEASURE: 'Measurement Error',
      COLOR: 'Color Shade Variation',
      PILLING: 'Pilling',
      HOLE_TEAR: 'Hole/Tear',
      STAIN: 'Stain',
      SEAM_PUCKER: 'Seam Pucker',
      LABEL_ERR: 'Label Error',
      STITCHING: 'Stitching',
      COLOR_MISMATCH: 'Color mismatch',
      SIZING: 'Sizing',
      MATERIAL_DEFECT: 'Material defect',
      ASSEMBLY: 'Assembly',
      FINISHING: 'Finishing',
      PACKAGING: 'Packaging',
      OTHER: 'Other',
    },
  },
};
