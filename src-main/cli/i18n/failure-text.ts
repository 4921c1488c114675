import type { AppError } from '../../../src-shared/contract/errors';
import { asRuleCode } from '../../../src-shared/contract/rule-codes';
import type { RegionalFormat } from '../../../src-shared/i18n/locale';
import { ruleText } from '../../../src-shared/i18n/rule-text';
import type { DatabaseRefusedError } from '../../db/open';
import type { CliText } from './cli-words';

/**
 * A core refusal in the reader's language. English keeps the core's own sentence (the most
 * precise); another language words the rule codes the error carries (its own, or each field's),
 * and without one says what kind of refusal it is, with the core's detail after it.
 */
export function appErrorText(error: AppError, text: CliText, format: RegionalFormat | null = null): string {
  const reader = { language: text.language, format };
  const rule = asRuleCode(error.key?.key);
  if (rule) return ruleText(rule, error.key?.params, reader);
  if (text.language === 'en') return error.message;
  const issues = error.issues ?? [];
  const worded = issues.map((issue) => {
    const code = asRuleCode(issue.code);
    return code ? `${issue.path}: ${ruleText(code, issue.params, reader)}` : null;
  });
  if (worded.length > 0 && worded.every((w) => w !== null)) return worded.join('; ');
  return `${text.words.appError[error.code]} (${error.message})`;
}

/** Why a database file was not opened, in the reader's language (English: the core's sentence). */
export function refusalText(refused: DatabaseRefusedError, text: CliText): string {
  if (text.language === 'en') return refused.message;
  const file = refused.file;
  switch (refused.kind) {
    case 'missing':
      return text.say('refusedMissing', { file });
    case 'empty':
      return text.say('refusedEmpty', { file });
    case 'foreign':
      return text.say('refusedForeign', { file });
    case 'damaged':
      return text.say('refusedDamaged', { file });
    case 'newer':
      return text.say('refusedNewer', { file });
  }
}
