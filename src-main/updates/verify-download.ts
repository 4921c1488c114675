import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FeedFile } from './feed';

/** Whether the file on disk is exactly the one the feed described: same size, same SHA-512. */
export async function matchesFeed(path: string, expected: FeedFile): Promise<boolean> {
  try {
    if ((await stat(path)).size !== expected.size) return false;
    const hash = createHash('sha512');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    return hash.digest('base64') === expected.sha512;
  } catch {
    return false;
  }
}
