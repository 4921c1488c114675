import type { BackupInfo, BackupKind } from '../../src-shared/contract/backups';

const KIND_WORDS: Record<BackupKind, string> = {
  daily: 'Daily',
  migration: 'Before an update',
  restore: 'Before a restore',
  manual: 'Made on request',
  damaged: 'Damaged file set aside',
};

/** Why a backup was made, in words. */
export function backupKindText(kind: BackupKind): string {
  return KIND_WORDS[kind];
}

/** A file size as people read it: 640 KB, 12.5 MB, 1.2 GB. */
export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
}

/** When a backup was made, on this PC's clock: "30 Jun 2026, 14:05". */
export function backupDateText(backup: Pick<BackupInfo, 'createdAt'>): string {
  const at = new Date(backup.createdAt);
  if (Number.isNaN(at.getTime())) return backup.createdAt;
  return at.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}
