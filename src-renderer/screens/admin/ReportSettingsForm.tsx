import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DAILY_REPORT_FORMATS,
  type DailyReportFormat,
  type PlantSettings,
} from '../../../src-shared/contract/plant-settings';
import type { PaperSize } from '../../../src-shared/reports/report-request';
import { invoke } from '../../api/client';
import { formErrors } from '../../api/field-issues';
import { SaveActions } from '../../components/form/SaveActions';
import { TextField } from '../../components/TextField';
import { ReportJobStatus } from './ReportJobStatus';

interface ReportSettingsFormProps {
  settings: PlantSettings;
  onSaved(saved: PlantSettings): void;
  onStale(): void;
}

/**
 * The plant's report settings: the paper every report is laid out on, and the morning job that
 * saves yesterday's daily reports into a (shared) folder, with what its last run did.
 */
export function ReportSettingsForm({ settings, onSaved, onStale }: ReportSettingsFormProps) {
  const { t } = useTranslation();
  const [paper, setPaper] = useState<PaperSize>(settings.report_paper_size);
  const [folder, setFolder] = useState(settings.daily_report_folder ?? '');
  const [format, setFormat] = useState<DailyReportFormat>(settings.daily_report_format);
  const [hour, setHour] = useState(String(settings.daily_report_hour));
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const hourNumber = Number(hour.trim());
    if (hour.trim() === '' || !Number.isInteger(hourNumber) || hourNumber < 0 || hourNumber > 23) {
      setErrors({ daily_report_hour: t('plant.hourRange') });
      return;
    }
    setPending(true);
    setErrors({});
    setSummary(null);
    const result = await invoke('plantSettings.update', {
      version: settings.version,
      session_idle_minutes: settings.session_idle_minutes,
      report_paper_size: paper,
      daily_report_folder: folder.trim() === '' ? null : folder.trim(),
      daily_report_format: format,
      daily_report_hour: hourNumber,
    });
    setPending(false);
    if (result.ok) {
      onSaved(result.data);
      return;
    }
    const placed = formErrors(result.error, {
      daily_report_folder: t('plant.folder'),
      daily_report_hour: t('plant.hour'),
    });
    setErrors(placed.fields);
    setSummary(placed.summary);
    if (result.error.code === 'CONFLICT') onStale();
  }

  return (
    <form className="admin-form" aria-label={t('plant.reports')} onSubmit={submit} noValidate>
      <h4>{t('plant.reports')}</h4>
      <label className="field">
        <span>{t('plant.paperSize')}</span>
        <select value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)}>
          <option value="A4">{t('plant.paper.A4')}</option>
          <option value="LETTER">{t('plant.paper.LETTER')}</option>
        </select>
      </label>
      <TextField
        id="plant-report-folder"
        label={t('plant.folderLabel')}
        value={folder}
        onChange={(event) => setFolder(event.target.value)}
        error={errors.daily_report_folder}
        hint={t('plant.folderHint')}
      />
      <label className="field">
        <span>{t('plant.saveAs')}</span>
        <select value={format} onChange={(e) => setFormat(e.target.value as DailyReportFormat)}>
          {DAILY_REPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`plant.formats.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <TextField
        id="plant-report-hour"
        label={t('plant.hourLabel')}
        inputMode="numeric"
        value={hour}
        onChange={(event) => setHour(event.target.value)}
        error={errors.daily_report_hour}
        hint={t('plant.hourHint')}
      />
      <SaveActions problem={summary} pending={pending} label={t('plant.saveReports')} />
      <ReportJobStatus />
    </form>
  );
}
