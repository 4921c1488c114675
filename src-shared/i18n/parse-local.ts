import type { RegionalFormat } from './locale';
import { conventionsOf } from './regional';

/**
 * Typed or pasted numbers and dates in the user's regional format: "7,5" is 7.5 where the decimal
 * separator is a comma, "1.200" is 1200 where the point groups thousands, "03/12/2026" is 3 December
 * where dates are day-first. Nothing is guessed: text that could mean two things, or that this
 * format does not write, is refused with the forms it accepts (`accepted`), which the screen words.
 * ISO dates (2026-12-03) are accepted in every format.
 */
export type LocalParse<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      code: 'number.invalid' | 'number.ambiguous' | 'date.invalid' | 'date.notReal';
      accepted: string[];
    };

const SPACES = /[\s\u00a0\u202f]/g;

/** Examples of what the format writes, for a refusal to name. */
function numberExamples(format: RegionalFormat): string[] {
  const { decimal, group } = conventionsOf(format);
  // Where the decimal is a comma, the point people type to group thousands (accepted below).
  const g = decimal === ',' ? '.' : group;
  return [`7${decimal}5`, `1${g}200`, `1${g}200${decimal}5`];
}

/** A number typed in the regional format (a leading minus allowed; spaces that group are ignored). */
export function parseLocalNumber(raw: string, format: RegionalFormat): LocalParse<number> {
  const { decimal, group } = conventionsOf(format);
  const spaceGroups = group.trim() === '';
  const text = raw.trim().replace(SPACES, spaceGroups ? '' : ' ');
  const refuse = (code: 'number.invalid' | 'number.ambiguous'): LocalParse<number> => ({
    ok: false,
    code,
    accepted: numberExamples(format),
  });
  if (text === '' || /\s/.test(text)) return refuse('number.invalid');
  const other = decimal === ',' ? '.' : ',';
  // Where the decimal is a comma, a point can only group thousands ("1.200"), as people write
  // it even where the format's own group mark is a space.
  const g = decimal === ',' ? '.' : spaceGroups ? null : group;
  const esc = (s: string) => s.replace(/[.]/g, '\\.');
  const d = esc(decimal);
  // Whole-digit runs with the format's decimal: "7,5", "1200,25", "-3".
  const plain = new RegExp(`^-?(\\d+(${d}\\d+)?|${d}\\d+)$`);
  // Thousands groups of three with a group mark, then an optional decimal part.
  const grouped = g ? new RegExp(`^-?\\d{1,3}(${esc(g)}\\d{3})+(${d}\\d+)?$`) : null;
  const toNumber = (s: string) => Number((g ? s.replaceAll(g, '') : s).replace(decimal, '.'));
  if (plain.test(text)) return { ok: true, value: toNumber(text) };
  if (grouped?.test(text)) return { ok: true, value: toNumber(text) };
  // The other convention's decimal ("7.5" where "," is the decimal, "7,5" where "." is):
  // refused, never guessed.
  if (new RegExp(`^-?\\d+${esc(other)}\\d+$`).test(text)) return refuse('number.ambiguous');
  return refuse('number.invalid');
}

/** Examples of the date forms the format accepts: its own numeric order, and ISO. */
export function dateExamples(format: RegionalFormat): string[] {
  const order = conventionsOf(format).dateOrder;
  const local = order === 'MDY' ? '12/03/2026' : order === 'YMD' ? '2026/12/03' : '03/12/2026';
  return [local, '2026-12-03'];
}

function realDate(y: number, m: number, d: number): string | null {
  const at = new Date(Date.UTC(y, m - 1, d));
  if (at.getUTCFullYear() !== y || at.getUTCMonth() !== m - 1 || at.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A calendar date typed in the regional format's order, or ISO; the result is `YYYY-MM-DD`. */
export function parseLocalDate(raw: string, format: RegionalFormat): LocalParse<string> {
  const text = raw.trim();
  const accepted = dateExamples(format);
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  let parts: [number, number, number] | null = null;
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    const y = Number(numeric[3]);
    const order = conventionsOf(format).dateOrder;
    // A year-first format does not write a year last: which of the two is the month is unknown.
    if (order === 'YMD') return { ok: false, code: 'date.invalid', accepted };
    parts = order === 'MDY' ? [y, a, b] : [y, b, a];
  }
  if (!parts) return { ok: false, code: 'date.invalid', accepted };
  const value = realDate(...parts);
  return value ? { ok: true, value } : { ok: false, code: 'date.notReal', accepted };
}
