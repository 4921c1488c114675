import { extname } from 'node:path';

/**
 * The kinds of file an electron-builder release folder holds, and how each is sent. Anything else
 * in the folder (notes, hidden files, a stray script) is never served.
 */
const KINDS: Readonly<Record<string, { type: string; feed: boolean }>> = {
  '.yml': { type: 'text/yaml; charset=utf-8', feed: true },
  '.yaml': { type: 'text/yaml; charset=utf-8', feed: true },
  '.exe': { type: 'application/vnd.microsoft.portable-executable', feed: false },
  '.msi': { type: 'application/x-msi', feed: false },
  // A blockmap is gzip data that electron-updater unpacks itself: never label it Content-Encoding.
  '.blockmap': { type: 'application/octet-stream', feed: false },
  '.deb': { type: 'application/vnd.debian.binary-package', feed: false },
  '.appimage': { type: 'application/octet-stream', feed: false },
  '.rpm': { type: 'application/x-rpm', feed: false },
  '.zip': { type: 'application/zip', feed: false },
  '.dmg': { type: 'application/x-apple-diskimage', feed: false },
};

/** A plain file name: no folder, not hidden, printable, at most 200 characters. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+ -]{0,199}$/;

export interface UpdateFileKind {
  contentType: string;
  /** Feed files (latest*.yml) change in place with each release, so they must be revalidated. */
  isFeed: boolean;
}

/** How to send `name`, or null when it is not a file an update folder may serve. */
export function updateFileKind(name: string): UpdateFileKind | null {
  if (!SAFE_NAME.test(name) || name.includes('..')) return null;
  const kind = KINDS[extname(name).toLowerCase()];
  return kind ? { contentType: kind.type, isFeed: kind.feed } : null;
}
