import type { Result } from '../../../src-shared/contract';
import type { Confirmation } from '../../../src-shared/contract/confirmations';
import type { ListResult, ListSort } from '../../../src-shared/contract/crud';
import type { CrudDomain } from '../../../src-shared/contract/domains';
import { invoke } from '../../api/client';
import type { RecordRow } from './grid-types';

type CrudVerb = 'list' | 'get' | 'create' | 'update' | 'delete';

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

/**
 * The grid is generic over tables: it calls the channel of the grid's table, which the contract
 * types as any table's (`production.list` | `workOrders.list` | …), so the request is any table's
 * request and the answer any table's row, a record.
 */
const channelOf = <V extends CrudVerb>(domain: CrudDomain, verb: V): `${CrudDomain}.${V}` =>
  `${domain}.${verb}`;

/** One page of a table's rows. */
export async function listRows(
  domain: CrudDomain,
  filter: ListFilter,
  limit: number,
  offset = 0,
): Promise<Result<ListResult<RecordRow>>> {
  return invoke(channelOf(domain, 'list'), { ...filter, limit, offset });
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
  return invoke(channelOf(domain, 'get'), key);
}

export async function createRow(domain: CrudDomain, row: RecordRow): Promise<Result<RecordRow>> {
  return invoke(channelOf(domain, 'create'), row);
}

export async function updateRow(
  domain: CrudDomain,
  request: {
    key: Record<string, string>;
    version: number;
    changes: RecordRow;
    confirm?: Confirmation[];
  },
): Promise<Result<RecordRow>> {
  return invoke(channelOf(domain, 'update'), request);
}

export async function deleteRow(
  domain: CrudDomain,
  request: { key: Record<string, string>; version: number },
): Promise<Result<{ deleted: true }>> {
  return invoke(channelOf(domain, 'delete'), request);
}
