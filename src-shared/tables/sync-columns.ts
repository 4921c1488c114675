/**
 * The columns FloorKPI stamps on every data row (who wrote it and when, its version, its soft
 * delete): no one types them, an export carries none, and every insert writes them.
 */
export const SYNC_COLUMNS = [
  'created_at',
  'updated_at',
  'created_by',
  'updated_by',
  'version',
  'deleted_at',
] as const;
