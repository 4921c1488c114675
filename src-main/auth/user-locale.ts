import type BetterSqlite3 from 'better-sqlite3';
import {
  asLanguage,
  asRegionalFormat,
  DEFAULT_LOCALE,
  defaultFormatFor,
  type LocaleChoice,
} from '../../src-shared/i18n/locale';
import { nowUtc } from '../../src-shared/tables/formats';
import { cachedStatement } from '../db/statement-cache';

interface LocaleRow {
  language: string;
  regional_format: string;
}

/** The plant's default language and format (an administrator's choice; English/US until then). */
export function plantDefaultLocale(sqlite: BetterSqlite3.Database): LocaleChoice {
  const row = cachedStatement<[], LocaleRow>(
    sqlite,
    'SELECT default_language AS language, default_regional_format AS regional_format FROM plant_settings WHERE setting_id = 1',
  ).get();
  return row ? choiceOf(row) : DEFAULT_LOCALE;
}

function choiceOf(row: LocaleRow): LocaleChoice {
  const language = asLanguage(row.language) ?? DEFAULT_LOCALE.language;
  return { language, regionalFormat: asRegionalFormat(row.regional_format) ?? defaultFormatFor(language) };
}

/** A user's language and format: their own choice on this PC, else the plant's default. */
export function userLocale(sqlite: BetterSqlite3.Database, userId: string): LocaleChoice {
  const row = cachedStatement<[string], LocaleRow>(
    sqlite,
    'SELECT language, regional_format FROM user_locale WHERE user_id = ?',
  ).get(userId);
  return row ? choiceOf(row) : plantDefaultLocale(sqlite);
}

/** Keeps a user's choice (the session's user, never a payload's); the table's CHECK bounds it. */
export function saveUserLocale(
  sqlite: BetterSqlite3.Database,
  userId: string,
  choice: LocaleChoice,
  now: Date,
): void {
  cachedStatement(
    sqlite,
    `INSERT INTO user_locale (user_id, language, regional_format, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (user_id) DO UPDATE SET language = excluded.language,
       regional_format = excluded.regional_format, updated_at = excluded.updated_at`,
  ).run(userId, choice.language, choice.regionalFormat, nowUtc(now));
}
