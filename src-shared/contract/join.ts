/** `A | B` → `A & B`: the type of several channel maps joined into one. */
export type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void
  ? I
  : never;

/** The map `joinChannels(...maps)` returns. */
export type Joined<M extends readonly object[]> = UnionToIntersection<M[number]>;

/**
 * Joins channel maps (definitions or handlers) into one, and throws when two of them name the same
 * channel: with object spread the later one would silently replace the other (the generic
 * `users.create` once did), so a duplicate stops the start instead. A map that deliberately leaves
 * a channel to another says so with `except` where it is built.
 */
export function joinChannels<const M extends readonly object[]>(...maps: M): Joined<M> {
  const joined: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [name, value] of Object.entries(map)) {
      if (Object.hasOwn(joined, name)) {
        throw new Error(`Channel "${name}" is defined twice; leave it out of one map with { except }.`);
      }
      joined[name] = value;
    }
  }
  // Every map's own keys are copied once; the type is the intersection of the maps' types.
  return joined as Joined<M>;
}
