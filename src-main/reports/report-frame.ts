import type { ReportDocument, ReportFrame, Section } from '../../src-shared/reports/report-document';
import { shiftNameKey } from '../../src-shared/reports/report-text';
import type { ReportContext } from './report-context';

/** The period in words: one date, or "from – to". */
export function periodText(ctx: ReportContext): string {
  const { from, to } = ctx.request;
  return from === to ? ctx.fmt.date(from) : `${ctx.fmt.date(from)} – ${ctx.fmt.date(to)}`;
}

/** The frame every page repeats: title, client, period, shift, as-of date, who and when. */
export function reportFrame(ctx: ReportContext, client: string, estimated: boolean): ReportFrame {
  const { t, request } = ctx;
  const lines = [
    { label: t('frame.client'), value: client },
    { label: t('frame.period'), value: periodText(ctx) },
  ];
  if (request.shift !== null) lines.push({ label: t('frame.shift'), value: t(shiftNameKey(request.shift)) });
  if (request.kind !== 'shift') lines.push({ label: t('frame.asOf'), value: ctx.fmt.date(ctx.asOf) });
  lines.push(
    { label: t('frame.user'), value: ctx.scope.username },
    { label: t('frame.generated'), value: ctx.fmt.moment(ctx.generatedAt) },
  );
  return {
    kind: request.kind,
    title: t(`title.${request.kind}`),
    lines,
    pageText: t('frame.page'),
    note: estimated ? t('frame.estimatedNote') : null,
  };
}

/** The suggested file name: kind, client, period and shift, with only safe characters. */
export function reportBaseName(ctx: ReportContext): string {
  const { request } = ctx;
  const parts = [
    `${request.kind}-report`,
    request.clientId ?? 'plant',
    request.from === request.to ? request.from : `${request.from}_${request.to}`,
    ...(request.shift ? [request.shift] : []),
  ];
  return parts.join('-').replace(/[^A-Za-z0-9._-]/g, '_');
}

/** A report as built: its frame (with the estimate note when `estimated`), sections and file name. */
export function reportDocument(
  ctx: ReportContext,
  client: string,
  estimated: boolean,
  sections: Section[],
): ReportDocument {
  return {
    frame: reportFrame(ctx, client, estimated),
    sections,
    baseName: reportBaseName(ctx),
    language: ctx.request.language,
    locale: ctx.request.locale,
  };
}
