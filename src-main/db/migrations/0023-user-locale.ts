import { LANGUAGES, REGIONAL_FORMATS } from '../../../src-shared/i18n/locale';
import type { Migration } from '../migration';
import { inList } from './ddl-helpers';

/**
 * Language and regional format (issue 12). The plant's default is a plant setting, beside the
 * others (0013, 0018); each person's own choice, made on the sign-in screen or in their settings,
 * is kept per user on this PC like their drafts (0016): a preference, not plant data, so no sync
 * columns and no audit. Stored values and file codes never depend on either.
 */
const DDL = `
ALTER TABLE plant_settings ADD COLUMN default_language TEXT NOT NULL DEFAULT 'en'
  CHECK (${inList('default_language', LANGUAGES)});
ALTER TABLE plant_settings ADD COLUMN default_regional_format TEXT NOT NULL DEFAULT 'en-US'
  CHECK (${inList('default_regional_format', REGIONAL_FORMATS)});

CREATE TABLE user_locale (
  user_id TEXT PRIMARY KEY REFERENCES app_user (user_id),
  language TEXT NOT NULL CHECK (${inList('language', LANGUAGES)}),
  regional_format TEXT NOT NULL CHECK (${inList('regional_format', REGIONAL_FORMATS)}),
  updated_at TEXT NOT NULL
) STRICT;
`;

export const userLocale: Migration = {
  name: '0023-user-locale',
  up(sqlite) {
    sqlite.exec(DDL);
  },
};
