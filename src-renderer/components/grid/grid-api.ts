import type { ChannelName, Result } from '../../../src-shared/contract';
import type { ListResult, ListSort } from '../../../src-shared/contract/crud';
import type { CrudDomain } from '../../../src-shared/contract/domains';
import { invoke } from '../../api/client';
import type { RecordRow } from './grid-types';

/**
 * The grid is generic over tables, while the contract types each table's channels with its own
 * row. One untyped view of `invoke`, used only for the `<prefix>.*` CRUD channels, whose requests
 * the grid builds from the same table spec the contract's schemas come from.
 */
const call = invoke as unknown as (channel: ChannelName, payload: unknown) => Promise<Result<unknown>>;

/** The list filters the grid uses (see `listRequest` in the contract). */
export interface ListFilter {
  clientIds?: string[];
  from?: string;
  to?: string;
  equals?: Record<string, string | number | (string | number)[]>;
  /** Words searched in the table's text columns (an order's id, style, PO). */
  text?: string;
  /** The order, first column first (visible columns only; the core refuses others). */
  sort?: ListSort[];
}

const channelOf = (domain: CrudDomain, verb: 'list' | 'get' | 'create' | 'update' | 'delete') =>
  `${domain}.${verb}` as ChannelName;

/** One page of a table's rows. */
export async function listRows(
  domain: CrudDomain,
  filter: ListFilter,
  limit: number,
  offset = 0,
): Promise<Result<ListResult<RecordRow>>> {
  return (await call(channelOf(domain, 'list'), { ...filter, limit, offset })) as Result<
    ListResult<RecordRow>
  >;
}

/** Every row of a filter, page by page (reference lists, employees, orders), up to `cap` rows. */
export async function listAll(
  domain: CrudDomain,
  filter: ListFilter,
  cap = 5000,
): Promise<Result<RecordRow[]>> {
  const rows: RecordRow[] = [];
  for (;;) {
    const page = await listRows(domain, filter, 1000, rows.length);
    if (!page.ok) return page;
    rows.push(...page.data.rows);
    if (page.data.rows.length === 0 || rows.length >= page.data.total || rows.length >= cap)
      return { ok: true, data: rows };
  }
}

/** One row by its key (a draft's edited row that the period or filter does not show). */
export async function getRow(domain: CrudDomain, key: Record<string, string>): Promise<Result<RecordRow>> {
  return (await call(channelOf(domain, 'get'), key)) as Result<RecordRow>;
}

export async function createRow(domain: CrudDomain, row: RecordRow): Promise<Result<RecordRow>> {
  return (await call(channelOf(domain, 'create'), row)) as Result<RecordRow>;
}

export async function updateRow(
  domain: CrudDomain,
  request: { key: Record<string, string>; version: number; changes: RecordRow; acknowledge?: string[] },
): Promise<Result<RecordRow>> {
  return (await call(channelOf(domain, 'update'), request)) as Result<RecordRow>;
}

export async function deleteRow(
  domain: CrudDomain,
  request: { key: Record<string, string>; version: number },
): Promise<Result<{ deleted: true }>> {
  return (await call(channelOf(domain, 'delete'), request)) as Result<{ deleted: true }>;
}
