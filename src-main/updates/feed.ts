import { CORE_SCHEMA, load } from 'js-yaml';
import { z } from 'zod';
import { judgeOffer } from './version-policy';

/** One file of a release as latest.yml lists it. */
export interface FeedFile {
  /** A plain file name in the feed's folder. */
  url: string;
  /** Base64 SHA-512 of the whole file. */
  sha512: string;
  size: number;
  blockMapSize: number | null;
}

/** A release offered by the hub, after every field was checked. */
export interface UpdateOffer {
  version: string;
  files: FeedFile[];
  releaseDate: string | null;
}

/** A feed FloorKPI refuses to act on, with the reason in words. */
export class FeedError extends Error {
  override name = 'FeedError';
}

/** latest.yml is a few hundred bytes; anything near this is not one. */
export const MAX_FEED_BYTES = 64 * 1024;
const MAX_FILE_BYTES = 4 * 1024 ** 3;

// A name in the same folder: no scheme or host (a feed must not send the PC to another server),
// no folder, no `..`, nothing hidden or unprintable.
const fileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._+ -]*$/, 'must be a plain file name in the feed folder')
  .refine((name) => !name.includes('..'), 'must not contain ".."');
const sha512 = z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'must be a base64 SHA-512 (88 characters)');

const fileSchema = z.object({
  url: fileName,
  sha512,
  size: z.number().int().positive().max(MAX_FILE_BYTES),
  blockMapSize: z.number().int().positive().max(MAX_FILE_BYTES).optional(),
});

const feedSchema = z
  .object({
    version: z.string().max(100),
    files: z.array(fileSchema).min(1, 'must list the installer').max(10),
    // Legacy single-file fields electron-builder still writes; they must agree with files[].
    path: fileName.optional(),
    sha512: sha512.optional(),
    releaseDate: z.union([z.string().max(40), z.date()]).optional(),
  })
  .superRefine((feed, ctx) => {
    if (feed.path !== undefined) {
      const match = feed.files.find((file) => file.url === feed.path);
      if (!match) ctx.addIssue({ code: 'custom', path: ['path'], message: 'names no file of files[]' });
      else if (feed.sha512 !== undefined && feed.sha512 !== match.sha512)
        ctx.addIssue({ code: 'custom', path: ['sha512'], message: 'differs from the file’s own sha512' });
    }
    const names = new Set(feed.files.map((file) => file.url));
    if (names.size !== feed.files.length)
      ctx.addIssue({ code: 'custom', path: ['files'], message: 'lists a file twice' });
  });

/** Checks an update description (as electron-updater parsed it, or our own parse) field by field. */
export function validateOffer(info: unknown): UpdateOffer {
  const parsed = feedSchema.safeParse(info);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the feed';
    throw new FeedError(`The update feed was refused: ${where} ${issue?.message ?? 'is not valid'}.`);
  }
  const feed = parsed.data;
  if (judgeOffer('0.0.0', feed.version, { allowPrerelease: true }) === 'invalid') {
    throw new FeedError(
      `The update feed was refused: version "${feed.version.slice(0, 40)}" is not a version.`,
    );
  }
  const releaseDate =
    feed.releaseDate === undefined
      ? null
      : feed.releaseDate instanceof Date
        ? feed.releaseDate.toISOString()
        : feed.releaseDate;
  return {
    version: feed.version,
    files: feed.files.map((file) => ({
      url: file.url,
      sha512: file.sha512,
      size: file.size,
      blockMapSize: file.blockMapSize ?? null,
    })),
    releaseDate,
  };
}

/** Parses the text of latest.yml strictly (plain YAML types, no duplicate keys) and checks it. */
export function parseFeed(text: string): UpdateOffer {
  if (Buffer.byteLength(text) > MAX_FEED_BYTES) {
    throw new FeedError('The update feed was refused: it is far larger than a latest.yml.');
  }
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, json: false });
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new FeedError(`The update feed was refused: it is not valid YAML (${why}).`);
  }
  return validateOffer(data);
}

/** The file of `offer` that electron-updater saved as `downloadedName`. */
export function fileOfDownload(offer: UpdateOffer, downloadedName: string): FeedFile | null {
  return (
    offer.files.find((file) => file.url === downloadedName) ??
    (offer.files.length === 1 ? (offer.files[0] ?? null) : null)
  );
}
