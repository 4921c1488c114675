import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { LoadedView } from '../../components/form/LoadedView';
import { useLoad } from '../../components/form/use-load';

import { fmt } from '../../i18n/fmt';

const when = (iso: string) => fmt.moment(iso);

/** What the morning job did last time, file by file, and when it runs next. */
export function ReportJobStatus() {
  const { t } = useTranslation();
  const [loaded] = useLoad('report-job', () => invoke('reports.schedule', {}));
  return (
    <section className="report-job" aria-label={t('plant.job')}>
      <LoadedView loaded={loaded} what={t('plant.jobWhat')}>
        {(status) => {
          const run = status.lastRun;
          const written = run?.files.filter((f) => f.outcome === 'written').length ?? 0;
          const kept = run?.files.filter((f) => f.outcome === 'kept') ?? [];
          const failed = run?.files.filter((f) => f.outcome === 'failed') ?? [];
          return (
            <>
              <p className="field-hint" data-testid="report-job-last">
                {run === null
                  ? t('plant.lastRunNever')
                  : run.error
                    ? t('plant.lastRunFailed', { when: when(run.at), message: run.error })
                    : t('plant.lastRun', {
                        when: when(run.at),
                        count: written,
                        folder: run.folder,
                        days: run.days.map((day) => fmt.date(day)).join(', '),
                      }) +
                      (kept.length ? t('plant.lastRunKept', { count: kept.length }) : '') +
                      (failed.length ? t('plant.lastRunFailedFiles', { count: failed.length }) : '') +
                      '.'}
              </p>
              {failed.length > 0 && (
                <ul className="field-hint">
                  {failed.map((f) => (
                    <li key={f.name}>
                      {f.name}: {f.message}
                    </li>
                  ))}
                </ul>
              )}
              {status.folder && status.nextRunAt && (
                <p className="field-hint">{t('plant.nextRun', { when: when(status.nextRunAt) })}</p>
              )}
            </>
          );
        }}
      </LoadedView>
    </section>
  );
}
