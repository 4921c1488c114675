import { randomBytes } from 'node:crypto';
import { type FileHandle, open, realpath } from 'node:fs/promises';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { type ByteRange, decideRanges } from './byte-ranges';
import { updateFileKind } from './update-files';

/**
 * Serves a folder of electron-builder releases (latest.yml, latest-linux.yml, the installers and
 * their blockmaps) to electron-updater's generic provider: `hub serve --updates DIR` mounts it at
 * `/updates/`. Only plain files of known kinds directly inside the folder are served; ranges
 * (single and multipart) are honoured for differential downloads.
 */
export type UpdatesHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  relativePath: string,
) => Promise<void>;

export interface UpdatesHandlerOptions {
  /** The folder the plant's IT copies each release into. */
  dir: string;
}

const BASE_HEADERS: Readonly<OutgoingHttpHeaders> = {
  'X-Content-Type-Options': 'nosniff',
  'Accept-Ranges': 'bytes',
};

function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: OutgoingHttpHeaders = {},
): void {
  res.writeHead(status, {
    'X-Content-Type-Options': 'nosniff',
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** The file name a request names, or null when the path is malformed or leaves the folder. */
function requestedName(relativePath: string): string | null {
  const path = relativePath.split('?')[0] ?? '';
  let name: string;
  try {
    name = decodeURIComponent(path);
  } catch {
    return null;
  }
  return updateFileKind(name) ? name : null;
}

/** Opens `name` only if it is a regular file whose real path is directly inside the folder. */
async function openInside(dir: string, name: string): Promise<FileHandle | null> {
  try {
    const realDir = await realpath(dir);
    const real = await realpath(join(realDir, name));
    // A symlink to a file elsewhere (or into a subfolder) is refused like a traversal.
    if (dirname(real) !== realDir) return null;
    const handle = await open(real, 'r');
    if ((await handle.stat()).isFile()) return handle;
    await handle.close();
    return null;
  } catch {
    return null;
  }
}

async function sendPart(handle: FileHandle, res: ServerResponse, range: ByteRange): Promise<void> {
  if (range.end < range.start) return;
  const stream = handle.createReadStream({ start: range.start, end: range.end, autoClose: false });
  await pipeline(stream, res, { end: false });
}

function multipartLayout(ranges: ByteRange[], size: number, contentType: string) {
  const boundary = `floorkpi-${randomBytes(12).toString('hex')}`;
  const heads = ranges.map(
    (range, i) =>
      `${i === 0 ? '' : '\r\n'}--${boundary}\r\nContent-Type: ${contentType}\r\n` +
      `Content-Range: bytes ${range.start}-${range.end}/${size}\r\n\r\n`,
  );
  const tail = `\r\n--${boundary}--\r\n`;
  const length =
    heads.reduce((sum, head) => sum + Buffer.byteLength(head), 0) +
    ranges.reduce((sum, range) => sum + (range.end - range.start + 1), 0) +
    Buffer.byteLength(tail);
  return { boundary, heads, tail, length };
}

/** Builds the handler for one updates folder; see UpdatesHandler. */
export function createUpdatesHandler(options: UpdatesHandlerOptions): UpdatesHandler {
  return async (req, res, relativePath) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      req.resume();
      sendText(res, 405, 'Only GET and HEAD are served here.\n', { Allow: 'GET, HEAD' });
      return;
    }
    const name = requestedName(relativePath);
    const kind = name ? updateFileKind(name) : null;
    const handle = name ? await openInside(options.dir, name) : null;
    if (!name || !kind || !handle) {
      sendText(res, 404, 'No such update file.\n');
      return;
    }
    try {
      const stats = await handle.stat();
      const size = stats.size;
      const etag = `"${size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
      const headers: OutgoingHttpHeaders = {
        ...BASE_HEADERS,
        ETag: etag,
        'Last-Modified': stats.mtime.toUTCString(),
        // A feed file changes in place with each release; an installer's name carries its version.
        'Cache-Control': kind.isFeed ? 'no-cache' : 'public, max-age=3600',
      };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      const ifRange = req.headers['if-range'];
      const decision =
        ifRange !== undefined && ifRange !== etag
          ? { kind: 'full' as const }
          : decideRanges(req.headers.range, size);
      const head = req.method === 'HEAD';

      if (decision.kind === 'unsatisfiable') {
        sendText(res, 416, 'The requested range is outside the file.\n', {
          'Content-Range': `bytes */${size}`,
        });
        return;
      }
      if (decision.kind === 'full') {
        res.writeHead(200, { ...headers, 'Content-Type': kind.contentType, 'Content-Length': size });
        if (head) res.end();
        else await sendPart(handle, res, { start: 0, end: size - 1 }).then(() => res.end());
        return;
      }
      const [only] = decision.ranges;
      if (decision.ranges.length === 1 && only) {
        res.writeHead(206, {
          ...headers,
          'Content-Type': kind.contentType,
          'Content-Range': `bytes ${only.start}-${only.end}/${size}`,
          'Content-Length': only.end - only.start + 1,
        });
        if (head) res.end();
        else await sendPart(handle, res, only).then(() => res.end());
        return;
      }
      const layout = multipartLayout(decision.ranges, size, kind.contentType);
      res.writeHead(206, {
        ...headers,
        'Content-Type': `multipart/byteranges; boundary=${layout.boundary}`,
        'Content-Length': layout.length,
      });
      if (head) {
        res.end();
        return;
      }
      for (const [i, range] of decision.ranges.entries()) {
        res.write(layout.heads[i]);
        await sendPart(handle, res, range);
      }
      res.end(layout.tail);
    } catch (error) {
      // The file vanished or the client went away mid-transfer: nothing more can be said to it.
      if (!res.headersSent) sendText(res, 500, 'The update file could not be read.\n');
      else res.destroy(error instanceof Error ? error : undefined);
    } finally {
      await handle.close();
    }
  };
}
