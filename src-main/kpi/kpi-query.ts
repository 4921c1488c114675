import { type RawBuilder, sql } from 'kysely';
import { DIMENSIONS, type Dimension } from '../../src-shared/kpi/dimensions';
import { queryParam } from '../db/compiled';
import type { ScopedRead } from '../tenancy/scoped-tables';

/** The values of a KPI request, as placeholders: a KPI query's text never holds one. */
export const KPI_PARAMS = {
  from: queryParam<string>('from'),
  to: queryParam<string>('to'),
  asOf: queryParam<string>('as_of'),
  limit: queryParam<number>('limit'),
  /** One shift type of the range's dates (the dashboard's "This shift"), or null for every shift. */
  shift: queryParam<string | null>('shift'),
} as const;

export type KpiParams = typeof KPI_PARAMS;

/** The values a KPI query binds, by KPI_PARAMS name. */
export interface KpiValues {
  from: string;
  to: string;
  asOf: string;
  limit?: number;
  /** null: every shift. */
  shift?: string | null;
}

/**
 * The shift filter of a KPI read: `column` (a row's or a rollup cell's `shift_type`) is the
 * request's shift, any row when it names none. One text for both, so the query is compiled once.
 */
export function inShift(p: Pick<KpiParams, 'shift'>, column: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`(${p.shift} IS NULL OR ${column} = ${p.shift})`;
}

/** What a KPI query's text may vary with: the grouping of the request (null: ungrouped), or nothing. */
export type KpiShape = Dimension | null;

/** Every grouping a grouped KPI query takes. */
export const BY_SHAPES: readonly KpiShape[] = [null, ...DIMENSIONS];

/** A query with no variants. */
export const ONE_SHAPE: readonly KpiShape[] = [null];

/**
 * One KPI read, defined once at module level: its SQL is a function of its shape only (values come
 * in through `params`), so it is compiled once per shape and scope kind, and the scope test can
 * compile every KPI query there is. Being module-level, a definition cannot close over a request.
 */
export interface KpiQuery<R> {
  name: string;
  /** Every shape the query takes. */
  shapes: readonly KpiShape[];
  build(params: KpiParams, shape: KpiShape): ScopedRead<R>;
}

const registry = new Map<string, KpiQuery<unknown>>();

/** Defines (and registers) a KPI query; two queries of one name are a start-up error. */
export function kpiQuery<R>(query: KpiQuery<R>): KpiQuery<R> {
  if (registry.has(query.name)) throw new Error(`Two KPI queries are named ${query.name}`);
  registry.set(query.name, query);
  return query;
}

/** Every KPI query defined so far (every one, once the engine and the dashboard service are loaded). */
export function kpiQueries(): readonly KpiQuery<unknown>[] {
  return [...registry.values()];
}

/** The cache key of a query's shape. */
export function kpiQueryKey(query: KpiQuery<unknown>, shape: KpiShape): string {
  return `${query.name}:${shape ?? '-'}`;
}
