import { compare, prerelease, valid } from 'semver';

/** A SemVer 2.0 version as electron-builder writes it (semver alone would also take `v1.2.3`). */
function isPlainVersion(text: string): boolean {
  return /^\d/.test(text) && valid(text) !== null;
}

/** Why an offered version is or is not installed. */
export type OfferVerdict = 'newer' | 'same' | 'older' | 'prerelease-not-wanted' | 'invalid';

/**
 * Decides whether the feed's version should replace the running one (SemVer 2.0 order, so
 * 1.2.0-rc.1 < 1.2.0 < 1.2.1). A plant on a release never receives a pre-release unless it asked
 * for them; a PC already running a pre-release follows newer pre-releases and the release.
 * Nothing older is ever installed: a hub serving an old feed must not downgrade the floor.
 */
export function judgeOffer(
  current: string,
  offered: string,
  options: { allowPrerelease?: boolean } = {},
): OfferVerdict {
  if (!isPlainVersion(offered) || !isPlainVersion(current)) return 'invalid';
  const order = compare(offered, current);
  if (order === 0) return 'same';
  if (order < 0) return 'older';
  const wantsPrerelease = options.allowPrerelease === true || prerelease(current) !== null;
  if (prerelease(offered) !== null && !wantsPrerelease) return 'prerelease-not-wanted';
  return 'newer';
}
