import type { z } from 'zod';

/** A channel's definition: the schema its request must satisfy and (as a type only) its response. */
export interface ChannelDef<TInput extends z.ZodType, TOutput> {
  input: TInput;
  /** Phantom marker so the response type travels with the definition; never read at run time. */
  output?: TOutput;
}

/** Declares a channel: `channel<Response>()(requestSchema)`. */
export function channel<TOutput>() {
  return <TInput extends z.ZodType>(input: TInput): ChannelDef<TInput, TOutput> => ({ input });
}
