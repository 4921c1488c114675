import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bindParams, compileQuery, MissingParamError, queryParam } from './compiled';
import { readThrough, WriteOnReadConnectionError } from './read-connection';

let sqlite: Database.Database;
beforeEach(() => {
  sqlite = new Database(':memory:');
  sqlite.exec("CREATE TABLE t (id TEXT); INSERT INTO t VALUES ('a'), ('b')");
});
afterEach(() => sqlite.close());

describe('read connection', () => {
  it('runs a sql template with its values bound, never spliced into the text', () => {
    const rows = readThrough(sqlite).all(sql<{ id: string }>`SELECT id FROM t WHERE id = ${"b' OR '1'='1"}`);
    expect(rows).toEqual([]);
    expect(readThrough(sqlite).all(sql<{ id: string }>`SELECT id FROM t WHERE id = ${'b'}`)).toEqual([
      { id: 'b' },
    ]);
  });

  it('refuses a statement that writes, and writes nothing', () => {
    expect(() => readThrough(sqlite).all(sql`DELETE FROM t RETURNING id`)).toThrow(
      WriteOnReadConnectionError,
    );
    expect(() => readThrough(sqlite).all(sql`INSERT INTO t VALUES ('c')`)).toThrow(
      WriteOnReadConnectionError,
    );
    expect(sqlite.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 2 });
  });

  it('binds named values in placeholder order, and refuses a query missing one', () => {
    const query = compileQuery(
      sql<{ id: string }>`SELECT id FROM t WHERE id IN (${queryParam('x')}, ${queryParam('y')}) ORDER BY id`,
    );
    expect(readThrough(sqlite).all(bindParams(query, { x: 'b', y: 'a' }))).toEqual([
      { id: 'a' },
      { id: 'b' },
    ]);
    expect(() => bindParams(query, { x: 'b' })).toThrow(MissingParamError);
  });
});
