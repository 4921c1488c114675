import { sqliteCompiler as q } from '../db/compiled';

/**
 * A batch's deferral of the entry tables' insert marks (0031), as one row of rollup_marks_deferred
 * inside the batch's transaction: taken by the store's batch, given back at its end, cleared by a
 * rebuild, and reported by `rollup verify` when found committed.
 */
export const DEFER_MARKS = q.insertInto('rollup_marks_deferred').orIgnore().values({ batch: 1 }).compile();

/** Gives the marks back to the insert triggers. */
export const RESUME_MARKS = q.deleteFrom('rollup_marks_deferred').compile();

/** How many deferrals are held (0 outside a batch's transaction). */
export const DEFERRED_COUNT = q
  .selectFrom('rollup_marks_deferred')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .compile();
