import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateIn, formatNumberIn, formatPercentIn, formatTimeIn } from '../../src-shared/i18n/format';
import {
  asLanguage,
  asRegionalFormat,
  defaultFormatFor,
  LANGUAGES,
  type LocaleChoice,
  REGIONAL_FORMATS,
} from '../../src-shared/i18n/locale';

/**
 * Language and regional format, side by side, with an example of how numbers and dates will look.
 * Picking a language moves the format along (Spanish → México) until a format is picked by hand.
 */
export function LocalePicker({
  value,
  onChange,
}: {
  value: LocaleChoice;
  onChange(next: LocaleChoice): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const f = value.regionalFormat;
  return (
    <div className="locale-picker">
      <label htmlFor={`${id}-language`}>{t('locale.language')}</label>
      <select
        id={`${id}-language`}
        value={value.language}
        onChange={(event) => {
          const language = asLanguage(event.target.value);
          if (!language) return;
          const keepsFormat = f.startsWith(`${language}-`);
          onChange({ language, regionalFormat: keepsFormat ? f : defaultFormatFor(language) });
        }}
      >
        {LANGUAGES.map((language) => (
          // Each language is named in itself, so a person who reads only one of them finds it.
          <option key={language} value={language} lang={language}>
            {t(`locale.languages.${language}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-format`}>{t('locale.regionalFormat')}</label>
      <select
        id={`${id}-format`}
        value={f}
        onChange={(event) => {
          const regionalFormat = asRegionalFormat(event.target.value);
          if (regionalFormat) onChange({ ...value, regionalFormat });
        }}
      >
        {REGIONAL_FORMATS.map((format) => (
          <option key={format} value={format}>
            {t(`locale.formats.${format}`)}
          </option>
        ))}
      </select>
      <p className="field-hint" data-testid="locale-example">
        {t('locale.example', {
          number: formatNumberIn(f, 1234.5),
          percent: formatPercentIn(f, 85.5),
          date: formatDateIn(f, '2026-12-03'),
          time: formatTimeIn(f, '14:30'),
        })}
      </p>
    </div>
  );
}
