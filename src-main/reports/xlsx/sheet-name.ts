/** Excel's limit on a sheet name's length. */
export const SHEET_NAME_MAX = 31;

/**
 * A sheet name Excel accepts: none of []:*?/\, no leading or trailing apostrophe, at most 31
 * characters, unique in the workbook (a second "Defects" becomes "Defects (2)").
 */
export function sheetName(wanted: string, taken: ReadonlySet<string>): string {
  const clean =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet';
  const base = [...clean].slice(0, SHEET_NAME_MAX).join('');
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const name = [...clean].slice(0, SHEET_NAME_MAX - suffix.length).join('') + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
