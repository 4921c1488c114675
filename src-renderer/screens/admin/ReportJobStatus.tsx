import { invoke } from '../../api/client';
import { LoadedView } from '../../components/form/LoadedView';
import { useLoad } from '../../components/form/use-load';

const when = (iso: string) => new Date(iso).toLocaleString();

/** What the morning job did last time, file by file, and when it runs next. */
export function ReportJobStatus() {
  const [loaded] = useLoad('report-job', () => invoke('reports.schedule', {}));
  return (
    <section className="report-job" aria-label="Daily report job">
      <LoadedView loaded={loaded} what="the daily report job">
        {(status) => {
          const run = status.lastRun;
          const written = run?.files.filter((f) => f.outcome === 'written').length ?? 0;
          const kept = run?.files.filter((f) => f.outcome === 'kept') ?? [];
          const failed = run?.files.filter((f) => f.outcome === 'failed') ?? [];
          return (
            <>
              <p className="field-hint" data-testid="report-job-last">
                {run === null
                  ? 'Last run: never.'
                  : run.error
                    ? `Last run ${when(run.at)}: nothing saved. ${run.error}`
                    : `Last run ${when(run.at)}: ${written} saved to ${run.folder} for ${run.days.join(', ')}${kept.length ? `; ${kept.length} already there, left as they were` : ''}${failed.length ? `; ${failed.length} failed` : ''}.`}
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
                <p className="field-hint">Next run: {when(status.nextRunAt)}.</p>
              )}
            </>
          );
        }}
      </LoadedView>
    </section>
  );
}
