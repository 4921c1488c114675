import {
  DEFAULT_DEFECT_TEMPLATE,
  DEFECT_TEMPLATE_NAMES,
  type DefectTemplateName,
} from '../../../src-shared/domain/defect-template-names';
import { i18next } from '../../i18n/i18n';

/** An industry catalogue in the user's words (`defects.templates.<name>`; the catalogue test checks each has them). */
export function templateLabel(name: DefectTemplateName): string {
  return i18next.t(`defects.templates.${name}`);
}

/** The catalogue every new client is given by the core: choosing it at creation adds nothing more. */
export const STANDARD_TEMPLATE: DefectTemplateName = DEFAULT_DEFECT_TEMPLATE;

/** The templates in their list order, as choices (worded at render time: `templateLabel`). */
export const TEMPLATE_OPTIONS = DEFECT_TEMPLATE_NAMES.map((name) => ({ value: name }));

/** True when the text names a template. */
export function isTemplateName(value: string): value is DefectTemplateName {
  return (DEFECT_TEMPLATE_NAMES as readonly string[]).includes(value);
}

/** "Added 24 defect codes from the Electronics template." or why nothing was added. */
export function templateOutcome(added: number, template: DefectTemplateName, clientId: string): string {
  const name = templateLabel(template);
  if (added === 0) return i18next.t('defects.nothingAdded', { client: clientId, template: name });
  return i18next.t('defects.added', { count: added, client: clientId, template: name });
}
