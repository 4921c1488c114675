/** A stored code in words: SHIFT_1ST → "Shift 1st", QUALITY_ISSUE → "Quality issue"; no code → "Not given". */
export function codeWords(code: string | null): string {
  if (!code) return 'Not given';
  const words = code.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
