/**
 * The shape every language's catalogue must have: English's keys, each a string. Typing Spanish
 * with it makes a key missing from (or extra in) the Spanish catalogue a compile error, and the
 * catalogue test checks the same at run time, blank words included.
 */
export type CatalogueOf<T> = { [K in keyof T]: T[K] extends string ? string : CatalogueOf<T[K]> };

/** The intersection of a union's members: the parts of a catalogue joined into one type. */
type Joined<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void ? I : never;

/**
 * A language's catalogue parts, one a file: English's names each mapped to the same part's shape.
 * Typing a language's parts with it makes a part missing from (or extra in) it a compile error.
 */
export type PartsOf<P> = { [K in keyof P]: CatalogueOf<P[K]> };

/** A catalogue from its parts (each a set of namespaces), in one object as i18next reads it. */
export function joinParts<P extends Record<string, object>>(parts: P): Joined<P[keyof P]> {
  return Object.assign({}, ...Object.values(parts));
}
