// The row types live in src-shared so the contract and the renderer type rows from the same source.
export * from '../../src-shared/db/schema';
