import type BetterSqlite3 from 'better-sqlite3';
import {
  asLanguage,
  asRegionalFormat,
  DEFAULT_LOCALE,
  defaultFormatFor,
  type LocaleChoice,
} from '../../src-shared/i18n/locale';
import { nowUtc } from '../../src-shared/tables/formats';
import { sqliteCompiler as db } from '../db/compiled';
import { firstRow, runWrite } from '../db/store-compiler';

interface LocaleRow {
  language: string;
  regional_format: string;
}

/** The plant's default language and format (an administrator's choice; English/US until then). */
export function plantDefaultLocale(sqlite: BetterSqlite3.Database): LocaleChoice {
  const row = firstRow<LocaleRow>(
    sqlite,
    db
      .selectFrom('plant_settings')
      .select(['default_language as language', 'default_regional_format as regional_format'])
      .where('setting_id', '=', 1),
  );
  return row ? choiceOf(row) : DEFAULT_LOCALE;
}

function choiceOf(row: LocaleRow): LocaleChoice {
  const language = asLanguage(row.language) ?? DEFAULT_LOCALE.language;
  return { language, regionalFormat: asRegionalFormat(row.regional_format) ?? defaultFormatFor(language) };
}

/** A user's language and format: their own choice on this PC, else the plant's default. */
export function userLocale(sqlite: BetterSqlite3.Database, userId: string): LocaleChoice {
  const row = firstRow<LocaleRow>(
    sqlite,
    db.selectFrom('user_locale').select(['language', 'regional_format']).where('user_id', '=', userId),
  );
  return row ? choiceOf(row) : plantDefaultLocale(sqlite);
}

/** Keeps a user's choice (the session's user, never a payload's); the table's CHECK bounds it. */
export function saveUserLocale(
  sqlite: BetterSqlite3.Database,
  userId: string,
  choice: LocaleChoice,
  now: Date,
): void {
  runWrite(
    sqlite,
    db
      .insertInto('user_locale')
      .values({
        user_id: userId,
        language: choice.language,
        regional_format: choice.regionalFormat,
        updated_at: nowUtc(now),
      })
      .onConflict((oc) =>
        oc.column('user_id').doUpdateSet((eb) => ({
          language: eb.ref('excluded.language'),
          regional_format: eb.ref('excluded.regional_format'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      ),
  );
}
