/**
 * WHATWG `URL`, which both Node and the window provide, declared for the pure layer: its type
 * check has neither Node's nor the DOM's globals (see tsconfig.json), and this is the one
 * platform global src-shared relies on (update-feed-url.ts). Only the members used are declared.
 */
declare global {
  class URL {
    constructor(url: string, base?: string);
    readonly protocol: string;
    readonly username: string;
    readonly password: string;
    readonly search: string;
    readonly hash: string;
    pathname: string;
    readonly href: string;
  }
}

export {};
