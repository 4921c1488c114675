import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../src-shared/contract/errors';
import {
  type PlantSettings,
  SESSION_ABSOLUTE_HOURS,
  SESSION_IDLE_MINUTES,
} from '../../src-shared/contract/plant-settings';
import { cachedStatement } from '../db/statement-cache';
import type { Scope } from '../tenancy/scope';

interface SettingsRow {
  session_idle_minutes: number;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  version: number;
  deleted_at: string | null;
}

function storedRow(sqlite: BetterSqlite3.Database): SettingsRow | undefined {
  return cachedStatement<[], SettingsRow>(
    sqlite,
    'SELECT session_idle_minutes, created_at, updated_at, created_by, updated_by, version, deleted_at FROM plant_settings WHERE setting_id = 1',
  ).get();
}

/** The plant's settings, the defaults when an administrator has never saved them. */
export function readPlantSettings(sqlite: BetterSqlite3.Database): PlantSettings {
  const row = storedRow(sqlite);
  return {
    session_idle_minutes: row?.session_idle_minutes ?? SESSION_IDLE_MINUTES.default,
    session_absolute_hours: SESSION_ABSOLUTE_HOURS,
    version: row?.version ?? 0,
    updated_at: row?.updated_at ?? null,
    updated_by: row?.updated_by ?? null,
  };
}

/** Minutes without activity after which a session ends (read on every call: cheap, always current). */
export function sessionIdleMinutes(sqlite: BetterSqlite3.Database): number {
  return storedRow(sqlite)?.session_idle_minutes ?? SESSION_IDLE_MINUTES.default;
}

export interface PlantSettingsChange {
  /** The version last read (0: never saved); a stale one is CONFLICT. */
  version: number;
  session_idle_minutes: number;
}

/**
 * An ADMIN changes the plant's settings: the row and its audit entry in one transaction, at the
 * version last read, so two administrators' edits never silently overwrite each other. Bounds are
 * the channel schema's; the table's CHECK refuses anything else.
 */
export function updatePlantSettings(
  sqlite: BetterSqlite3.Database,
  scope: Scope,
  change: PlantSettingsChange,
  at: string,
): PlantSettings {
  if (scope.role !== 'ADMIN')
    throw new AppError('FORBIDDEN', 'Only an administrator may change the plant settings.');
  return sqlite
    .transaction(() => {
      const before = storedRow(sqlite);
      const current = before?.version ?? 0;
      if (change.version !== current)
        throw new AppError(
          'CONFLICT',
          `The plant settings were changed by someone else (now version ${current}, you edited version ${change.version}). Reload them and apply your change again.`,
        );
      if (before) {
        cachedStatement(
          sqlite,
          'UPDATE plant_settings SET session_idle_minutes = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE setting_id = 1',
        ).run(change.session_idle_minutes, at, scope.userId);
      } else {
        cachedStatement(
          sqlite,
          `INSERT INTO plant_settings (setting_id, session_idle_minutes, created_at, updated_at, created_by, updated_by)
         VALUES (1, ?, ?, ?, ?, ?)`,
        ).run(change.session_idle_minutes, at, at, scope.userId, scope.userId);
      }
      cachedStatement(
        sqlite,
        `INSERT INTO audit_log (at, user_id, client_id, table_name, row_id, action, before_json, after_json)
       VALUES (?, ?, NULL, 'plant_settings', '1', ?, ?, ?)`,
      ).run(
        at,
        scope.userId,
        before ? 'UPDATE' : 'INSERT',
        before ? JSON.stringify(before) : null,
        JSON.stringify(storedRow(sqlite)),
      );
      return readPlantSettings(sqlite);
    })
    .immediate();
}
