/**
 * The core's own rule sentences as codes: a refused or questioned row carries one of these (and
 * its values, `params`) beside its English message, and every screen and the CLI word it in the
 * user's language from src-shared/i18n/rule-words. A code here without wording in English or
 * Spanish is a compile error there. Params named `date`/`since` are ISO dates, `shift` a
 * shift_type code, `status` a work_order_status code, `reason` another rule code (worded first,
 * with the same params): the wording formats them for the reader.
 */
export const RULE_CODES = [
  // Bookings on held or closed orders (booking-rules.ts): the reasons, then what is asked.
  'order.heldSince',
  'order.closed',
  'order.closedSince',
  'booking.operatorRefused',
  'booking.confirm',
  'booking.saveAnyway',
  'booking.askLeader',
  // Weekend overtime on a day it does not run (shift-day-rules.ts).
  'shiftDay.offDay',
  'shiftDay.operatorRefused',
  'shiftDay.confirm',
  'shiftDay.saveAnyway',
  'shiftDay.askLeader',
  // Coverage and attendance that cannot have happened (coverage-rules.ts).
  'coverage.notMarkedAbsent',
  'coverage.floatingAbsent',
  'coverage.floatingBusy',
  'coverage.coversSomeone',
  'coverage.onlyAbsenceCovered',
  'coverage.coverageOverShift',
  'coverage.absenceOverShift',
  // Implausible rows saved only when confirmed (entry-warnings).
  'warning.PERFORMANCE_OVER_150',
  'warning.UNITS_OVER_PLAN',
  'warning.DEFECT_LINES_OVER_TOTAL',
  'warning.DEFECT_LINES_WITH_THIS_OVER_TOTAL',
  'warning.checkRow',
  'warning.importAnyway',
  // References to another client's or a missing record (references.ts).
  'ref.workOrderNotOfClient',
  'ref.jobNotOfClient',
  'ref.inspectionNotOfClient',
  'ref.downtimeReasonNotOfClient',
  'ref.holdReasonNotOfClient',
  'ref.absenceTypeNotOfClient',
  'ref.defectTypeNotOfClient',
  'ref.jobNotOfOrder',
  'ref.unknownClient',
  'ref.unknownEmployee',
  'ref.employeeNotAssigned',
  'ref.notFloating',
  'ref.unknownUser',
  // Who may record and change what (entry-rules.ts).
  'entry.operatorOwnOnly',
  'entry.verifiedOperatorChange',
  'entry.verifiedOperatorDelete',
  // The store's own checks (scoped-store.ts) and duplicates (csv/duplicates.ts).
  'store.required',
  'store.alreadyUsed',
  'store.notAField',
  'duplicate.inFloorKpi',
  'duplicate.inFile',
  'duplicate.notUpdatable',
  'duplicate.otherId',
  'duplicate.sameId',
  'duplicate.sameKey',
  'duplicate.sameCells',
  // Row rules of the table specs (src-shared/tables/specs).
  'row.cycleTimePositive',
  'row.resumeBeforeHold',
  'row.resumeTimeBeforeHoldTime',
  'row.absenceOverScheduled',
  'row.ownAbsenceCovered',
  'row.floatingIsAbsent',
  'row.defectiveOverProduced',
  'row.presentOverAssigned',
  'row.partOverInspected',
  'row.passedPlusDefectiveOverInspected',
  'row.defectsUnderDefective',
  'row.wipCriticalUnderAging',
  'row.defaultCycleTimePositive',
  'row.shiftEndsAtStart',
  'row.breakOverShift',
  'row.availableFloatingHasClient',
  // A value's own check (zod's issues, worded in plant words), for the CLI's Spanish.
  'issue.required',
  'issue.tooSmallNumber',
  'issue.tooBigNumber',
  'issue.tooShort',
  'issue.tooLong',
  'issue.notWhole',
  'issue.notNumber',
  'issue.notText',
  'issue.notOneOf',
  'issue.notOneOfEnum',
  // A text that is not in its column's format (src-shared/tables/text-formats.ts).
  'issue.format.key',
  'issue.format.username',
  'issue.format.clientId',
  'issue.format.listCode',
  'issue.format.email',
  // Cells of an import file or a paste, read in a regional format (src-shared/i18n/parse-local.ts).
  'cell.number.invalid',
  'cell.number.ambiguous',
  'cell.date.invalid',
  'cell.date.notReal',
  // An import file's shape (src-main/csv): its header row, and rows that do not fit it.
  'file.empty',
  'header.blank',
  'header.separator',
  'header.duplicate',
  'header.unknown',
  'header.missing',
  'cell.noHeader',
  'row.extraCells',
  'row.unclosedQuote',
  'row.badQuote',
  'row.unreadable',
  'row.notYourClient',
  // A failed connect or sync round, and a change the hub refused (src-shared/sync/hub-failure-text.ts).
  'sync.connected',
  'sync.hubError',
  'sync.join.wrongPassword',
  'sync.join.locked',
  'sync.join.mayNotEnrol',
  'sync.join.inactive',
  'sync.unreachable',
  'sync.unknownPc',
  'sync.revoked',
  'sync.forgotten',
  'sync.protocol',
  'sync.tooOld',
  'sync.tooNew',
  'sync.usernameClash',
  'sync.notEnrolled',
  'sync.hubInternal',
  'sync.refused.forbidden',
  'sync.refused.invalid',
  'sync.refused.reference',
  'sync.refused.notFound',
  'sync.refused.unknownUser',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

/** The values a rule's sentence names. */
export type RuleParams = Record<string, string | number>;

/** Narrows a code read from an error payload to a rule code, or null. */
export function asRuleCode(value: unknown): RuleCode | null {
  return RULE_CODES.find((c) => c === value) ?? null;
}
