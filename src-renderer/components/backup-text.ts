import type { BackupInfo, BackupKind } from '../../src-shared/contract/backups';
import { fmt } from '../i18n/fmt';
import { i18next } from '../i18n/i18n';

/** Why a backup was made, in the user's words. */
export function backupKindText(kind: BackupKind): string {
  return i18next.t(`backup.kinds.${kind}`);
}

/** A file size as people read it, in the user's number format: 640 KB, 12.5 MB (12,5 MB), 1.2 GB. */
export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${fmt.number(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${fmt.number(bytes / (1024 * 1024), 1, 1)} MB`;
  return `${fmt.number(bytes / (1024 * 1024 * 1024), 1, 1)} GB`;
}

/** When a backup was made, on this PC's clock, in the user's regional format. */
export function backupDateText(backup: Pick<BackupInfo, 'createdAt'>): string {
  const at = new Date(backup.createdAt);
  if (Number.isNaN(at.getTime())) return backup.createdAt;
  return fmt.moment(at);
}
