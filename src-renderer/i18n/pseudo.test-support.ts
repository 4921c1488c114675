/**
 * The pseudo-locale: every English string accented, bracketed and about 30 % longer, so a test can
 * tell translated text (inside ⟦ ⟧) from a hard-coded word, and a screen can be checked for the room
 * longer Spanish words need. Placeholders (`{{count}}`) and tags (`<1>`) are kept as they are.
 */
const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'ë',
  i: 'ï',
  o: 'ô',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ø',
  U: 'Û',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
};

/** One string in the pseudo-locale. */
export function pseudoString(text: string): string {
  const pieces = text.split(/(\{\{[^}]+\}\}|<\/?\d+>|\$t\([^)]*\))/);
  const body = pieces
    .map((p, i) => (i % 2 === 1 ? p : [...p].map((ch) => ACCENTED[ch] ?? ch).join('')))
    .join('');
  const pad = '~'.repeat(Math.ceil(text.length * 0.3));
  return `⟦${body}${pad}⟧`;
}

type Tree = { [key: string]: string | Tree };

/** A whole catalogue in the pseudo-locale, key for key. */
export function pseudoCatalogue<T extends Tree>(tree: T): T {
  const out: Tree = {};
  for (const [key, value] of Object.entries(tree))
    out[key] = typeof value === 'string' ? pseudoString(value) : pseudoCatalogue(value);
  return out as T;
}
