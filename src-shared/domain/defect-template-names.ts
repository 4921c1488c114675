/** The industry defect catalogues a client's defect list can start from (docs/spec/defect-types/). */
export const DEFECT_TEMPLATE_NAMES = [
  'electronics',
  'general_manufacturing',
  'medical_devices',
  'packaging_logistics',
  'textile_apparel',
] as const;
export type DefectTemplateName = (typeof DEFECT_TEMPLATE_NAMES)[number];

/** The catalogue every new client gets unless another is chosen: FloorKPI's plants sew garments and footwear. */
export const DEFAULT_DEFECT_TEMPLATE: DefectTemplateName = 'textile_apparel';
