/**
 * The shape every language's catalogue must have: English's keys, each a string. Typing Spanish
 * with it makes a key missing from (or extra in) the Spanish catalogue a compile error, and the
 * catalogue test checks the same at run time, blank words included.
 */
export type CatalogueOf<T> = { [K in keyof T]: T[K] extends string ? string : CatalogueOf<T[K]> };
