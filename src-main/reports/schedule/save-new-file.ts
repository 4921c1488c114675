import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Saves a file into a folder without ever replacing one: written under a temporary name, synced,
 * then given its name with a hard link, which fails if the name exists (two PCs saving to one
 * shared folder cannot both win). Where links are not supported (some network shares) it renames
 * after checking the name is free. Returns `kept` when a file of that name was already there.
 */
export function saveNewFile(folder: string, name: string, bytes: Uint8Array): 'written' | 'kept' {
  const target = join(folder, name);
  if (existsSync(target)) return 'kept';
  const temporary = join(folder, `.${name}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(temporary, 'wx');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    try {
      linkSync(temporary, target);
      return 'written';
    } catch (error) {
      if (isCode(error, 'EEXIST')) return 'kept';
      if (
        !isCode(error, 'EPERM') &&
        !isCode(error, 'ENOTSUP') &&
        !isCode(error, 'ENOSYS') &&
        !isCode(error, 'EXDEV')
      )
        throw error;
    }
    if (existsSync(target)) return 'kept';
    renameSync(temporary, target);
    return 'written';
  } finally {
    rmSync(temporary, { force: true });
  }
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}
