import {
  DEFAULT_DEFECT_TEMPLATE,
  DEFECT_TEMPLATE_NAMES,
  type DefectTemplateName,
} from '../../../src-shared/domain/defect-template-names';

/** The industry catalogues in words; a template added to the list without words here fails to compile. */
export const TEMPLATE_LABELS: Record<DefectTemplateName, string> = {
  electronics: 'Electronics',
  general_manufacturing: 'General manufacturing',
  medical_devices: 'Medical devices',
  packaging_logistics: 'Packaging & logistics',
  textile_apparel: 'Textile & apparel',
};

/** The catalogue every new client is given by the core: choosing it at creation adds nothing more. */
export const STANDARD_TEMPLATE: DefectTemplateName = DEFAULT_DEFECT_TEMPLATE;

/** The templates in their list order, as choices. */
export const TEMPLATE_OPTIONS = DEFECT_TEMPLATE_NAMES.map((name) => ({
  value: name,
  label: TEMPLATE_LABELS[name],
}));

/** True when the text names a template. */
export function isTemplateName(value: string): value is DefectTemplateName {
  return (DEFECT_TEMPLATE_NAMES as readonly string[]).includes(value);
}

/** "Added 24 defect codes from the Electronics template." or why nothing was added. */
export function templateOutcome(added: number, template: DefectTemplateName, clientId: string): string {
  const name = TEMPLATE_LABELS[template];
  if (added === 0) return `Nothing added: ${clientId} already has every code of the ${name} template.`;
  return `Added ${added} defect ${added === 1 ? 'code' : 'codes'} from the ${name} template to ${clientId}.`;
}
