/**
 * The part of papaparse's API that src-shared uses: parsing text already in memory. The layers'
 * type checks (src-shared, src-renderer) read this instead of @types/papaparse, whose
 * `/// <reference types="node" />` (for its stream API) would give the pure layer all of Node's
 * globals and hide a `process.cwd()` from the compiler. The Node configs still read the real types.
 */
export interface ParseError {
  type: string;
  code: string;
  message: string;
  row?: number;
}

export interface ParseResult<T> {
  data: T[];
  errors: ParseError[];
  /** The delimiter used: the one given, or the one papaparse detected. */
  meta: { delimiter: string };
}

export interface ParseConfig {
  delimiter?: string;
  /** Candidates for detection when `delimiter` is not given. */
  delimitersToGuess?: string[];
  skipEmptyLines?: boolean | 'greedy';
}

declare const Papa: {
  parse<T>(input: string, config?: ParseConfig): ParseResult<T>;
};

export default Papa;
