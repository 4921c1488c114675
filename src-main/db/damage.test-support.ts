import { closeSync, openSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Test helper: damages a closed database file the way a failing disk does, by overwriting the
 * root page of `table` with garbage. The header stays readable, so the file still opens; the
 * integrity check finds the damage. Not imported by app code.
 */
export function corruptPage(file: string, table: string): void {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  const { rootpage } = sqlite.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').get(table) as {
    rootpage: number;
  };
  const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
  sqlite.close();
  if (rootpage <= 1) throw new Error(`cannot damage page ${rootpage}: it holds the header`);
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (rootpage - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}
