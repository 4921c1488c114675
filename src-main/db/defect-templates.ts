/**
 * The industry defect catalogues of `docs/spec/defect-types/*.csv`, embedded so the bundle needs
 * no file at run time. A test keeps them equal to the CSVs; edit both together.
 */
// The names are shared with the renderer and the contract; the catalogues stay in the main process.
import {
  DEFAULT_DEFECT_TEMPLATE,
  DEFECT_TEMPLATE_NAMES,
  type DefectTemplateName,
} from '../../src-shared/domain/defect-template-names';
import type { Severity } from '../../src-shared/domain/enums';

export { DEFAULT_DEFECT_TEMPLATE, DEFECT_TEMPLATE_NAMES, type DefectTemplateName };

/** One row of a template CSV, in its column order. */
export interface DefectTemplateRow {
  defect_code: string;
  defect_name: string;
  description: string;
  category: string;
  severity_default: Severity;
  industry_standard_code: string | null;
  sort_order: number;
}

function row(
  defect_code: string,
  defect_name: string,
  description: string,
  category: string,
  severity_default: Severity,
  industry_standard_code: string | null,
  sort_order: number,
): DefectTemplateRow {
  return {
    defect_code,
    defect_name,
    description,
    category,
    severity_default,
    industry_standard_code,
    sort_order,
  };
}

export const DEFECT_TEMPLATES: Readonly<Record<DefectTemplateName, readonly DefectTemplateRow[]>> = {
  electronics: [
    row(
      'SOLDER_DEF',
      'Solder Defect',
      'Cold solder, bridges, insufficient solder',
      'Assembly',
      'MAJOR',
      'IPC-A-610-5.2',
      1,
    ),
    row(
      'COMP_MISS',
      'Component Missing',
      'Required component not present on PCB',
      'Assembly',
      'CRITICAL',
      null,
      2,
    ),
    row(
      'COMP_WRONG',
      'Wrong Component',
      'Incorrect component value or type installed',
      'Assembly',
      'CRITICAL',
      null,
      3,
    ),
    row(
      'POLARITY',
      'Polarity Error',
      'Component installed with wrong polarity',
      'Assembly',
      'CRITICAL',
      null,
      4,
    ),
    row('SHORT', 'Short Circuit', 'Unintended electrical connection', 'Electrical', 'CRITICAL', null, 5),
    row('OPEN', 'Open Circuit', 'Missing required electrical connection', 'Electrical', 'CRITICAL', null, 6),
    row(
      'ESD_DMG',
      'ESD Damage',
      'Electrostatic discharge damage to components',
      'Handling',
      'CRITICAL',
      null,
      7,
    ),
    row(
      'PCB_DEF',
      'PCB Defect',
      'Board delamination, cracks, or copper issues',
      'Material',
      'MAJOR',
      null,
      8,
    ),
    row('TOMBSTONE', 'Tombstoning', 'Component standing on one end', 'Assembly', 'MAJOR', 'IPC-A-610-8.3', 9),
    row('OTHER', 'Other', 'Other defects not categorized above', 'General', 'MINOR', null, 10),
  ],
  general_manufacturing: [
    row('DIM_ERR', 'Dimensional Error', 'Part dimensions outside tolerance', 'Measurement', 'MAJOR', null, 1),
    row(
      'SURF_DEF',
      'Surface Defect',
      'Scratches, dents, or blemishes on surface',
      'Finish',
      'MINOR',
      null,
      2,
    ),
    row('MAT_DEF', 'Material Defect', 'Raw material quality issues', 'Material', 'CRITICAL', null, 3),
    row(
      'ASSY_ERR',
      'Assembly Error',
      'Incorrect assembly or missing components',
      'Assembly',
      'MAJOR',
      null,
      4,
    ),
    row(
      'WELD_DEF',
      'Weld Defect',
      'Weld cracks, porosity, or incomplete fusion',
      'Process',
      'CRITICAL',
      null,
      5,
    ),
    row(
      'PAINT_DEF',
      'Paint/Coating Defect',
      'Paint runs, orange peel, or coating issues',
      'Finish',
      'MINOR',
      null,
      6,
    ),
    row('BURR', 'Burr/Sharp Edge', 'Rough edges requiring deburring', 'Finish', 'MINOR', null, 7),
    row('FUNC_FAIL', 'Functional Failure', 'Part fails functional testing', 'Testing', 'CRITICAL', null, 8),
    row('CONTAM', 'Contamination', 'Foreign material or debris', 'Cleanliness', 'MAJOR', null, 9),
    row('OTHER', 'Other', 'Other defects not categorized above', 'General', 'MINOR', null, 10),
  ],
  medical_devices: [
    row(
      'STERIL_FAIL',
      'Sterility Failure',
      'Product failed sterility testing',
      'Sterility',
      'CRITICAL',
      'ISO-11137',
      1,
    ),
    row(
      'BIOCOMPAT',
      'Biocompatibility Issue',
      'Material biocompatibility concern',
      'Material',
      'CRITICAL',
      'ISO-10993',
      2,
    ),
    row(
      'DIM_OOT',
      'Dimension Out of Tolerance',
      'Critical dimension outside specification',
      'Measurement',
      'MAJOR',
      null,
      3,
    ),
    row(
      'SURF_FINISH',
      'Surface Finish Defect',
      'Surface roughness or finish issues',
      'Finish',
      'MAJOR',
      null,
      4,
    ),
    row(
      'CONTAM',
      'Particulate Contamination',
      'Particle contamination on device',
      'Cleanliness',
      'CRITICAL',
      null,
      5,
    ),
    row('FUNC_FAIL', 'Functional Failure', 'Device fails functional testing', 'Testing', 'CRITICAL', null, 6),
    row('LABEL_ERR', 'Labeling Error', 'UDI or label compliance issue', 'Labeling', 'MAJOR', 'FDA-UDI', 7),
    row('PKG_INTEG', 'Package Integrity Failure', 'Sterile barrier breach', 'Packaging', 'CRITICAL', null, 8),
    row(
      'DOC_ERR',
      'Documentation Error',
      'IFU or DHR documentation issues',
      'Documentation',
      'MAJOR',
      null,
      9,
    ),
    row('OTHER', 'Other', 'Other defects not categorized above', 'General', 'MINOR', null, 10),
  ],
  packaging_logistics: [
    row('PKG_DMG', 'Package Damage', 'Crushed, torn, or damaged packaging', 'Packaging', 'MAJOR', null, 1),
    row('SEAL_FAIL', 'Seal Failure', 'Package seal broken or incomplete', 'Packaging', 'CRITICAL', null, 2),
    row('LABEL_ERR', 'Label Error', 'Incorrect, missing, or unreadable labels', 'Labeling', 'MAJOR', null, 3),
    row('BARCODE', 'Barcode Issue', 'Barcode unreadable or incorrect', 'Labeling', 'MAJOR', null, 4),
    row('QTY_ERR', 'Quantity Error', 'Incorrect item count in package', 'Fulfillment', 'CRITICAL', null, 5),
    row('WRONG_ITEM', 'Wrong Item', 'Incorrect product in package', 'Fulfillment', 'CRITICAL', null, 6),
    row('CONTAM', 'Contamination', 'Foreign material in package', 'Cleanliness', 'MAJOR', null, 7),
    row('MOIST_DMG', 'Moisture Damage', 'Water or humidity damage', 'Environment', 'MAJOR', null, 8),
    row('PRINT_DEF', 'Print Defect', 'Poor print quality on packaging', 'Printing', 'MINOR', null, 9),
    row('OTHER', 'Other', 'Other defects not categorized above', 'General', 'MINOR', null, 10),
  ],
  textile_apparel: [
    row('STITCH', 'Stitching Defect', 'Broken, skipped, or loose stitches', 'Sewing', 'MAJOR', null, 1),
    row('FABRIC', 'Fabric Defect', 'Holes, snags, or weave issues in fabric', 'Material', 'MAJOR', null, 2),
    row(
      'MEASURE',
      'Measurement Error',
      'Garment measurements outside specification',
      'Sizing',
      'MAJOR',
      null,
      3,
    ),
    row(
      'COLOR',
      'Color Shade Variation',
      'Color inconsistency or shade variation',
      'Dyeing',
      'MINOR',
      null,
      4,
    ),
    row('PILLING', 'Pilling', 'Fabric pilling or fuzzing', 'Material', 'MINOR', null, 5),
    row('HOLE_TEAR', 'Hole/Tear', 'Holes or tears in fabric', 'Material', 'CRITICAL', null, 6),
    row('STAIN', 'Stain', 'Oil, dirt, or other stains', 'Cleanliness', 'MINOR', null, 7),
    row('SEAM_PUCKER', 'Seam Pucker', 'Puckering along seam lines', 'Sewing', 'MINOR', null, 8),
    row(
      'LABEL_ERR',
      'Label Error',
      'Missing, incorrect, or poorly attached labels',
      'Labeling',
      'MINOR',
      null,
      9,
    ),
    row('OTHER', 'Other', 'Other defects not categorized above', 'General', 'MINOR', null, 10),
  ],
};

export function isDefectTemplateName(value: string): value is DefectTemplateName {
  return (DEFECT_TEMPLATE_NAMES as readonly string[]).includes(value);
}
