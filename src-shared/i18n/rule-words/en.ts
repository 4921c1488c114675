import type { RuleCode } from '../../contract/rule-codes';

/**
 * The core's rule sentences in English, one per rule code. `{{name}}` marks a value; dates, shifts
 * and statuses arrive already worded for the reader (rule-text.ts).
 */
export const RULE_WORDS_EN: Record<RuleCode, string> = {
  'order.heldSince': '{{order}} is on hold since {{since}}',
  'order.closed': '{{order}} is {{status}}',
  'order.closedSince': '{{order}} is {{status}} since {{since}}',
  'booking.operatorRefused': '{{reason}}: an operator cannot book production on it (ask a leader)',
  'booking.confirm': '{{reason}}: confirm to book production on it',
  'booking.saveAnyway': '{{reason}}. Save anyway?',
  'booking.askLeader': '{{reason}}: an operator cannot book production on it. Ask a leader.',
  'shiftDay.offDay': '{{shift}} does not run on {{date}}',
  'shiftDay.operatorRefused': '{{reason}}: an operator cannot enter a row for it (ask a leader)',
  'shiftDay.confirm': '{{reason}}: confirm to enter a row for it',
  'shiftDay.saveAnyway': '{{reason}}. Save anyway?',
  'shiftDay.askLeader': '{{reason}}: an operator cannot enter a row for it. Ask a leader.',
  'coverage.notMarkedAbsent':
    '{{employee}} is not marked absent for {{client}} in {{date}}, {{shift}}: record the absence in Attendance first',
  'coverage.floatingAbsent': '{{employee}} is marked absent in {{date}}, {{shift}}',
  'coverage.floatingBusy': '{{employee}} already covers another absence in {{date}}, {{shift}}',
  'coverage.coversSomeone':
    '{{employee}} covers an absence in {{date}}, {{shift}}: remove that coverage first',
  'coverage.onlyAbsenceCovered': 'only an absence can be covered: mark the employee absent first',
  'coverage.coverageOverShift':
    'coverage of {{hours}} h exceed the {{scheduled}} h of {{date}}, {{shift}} in the shift calendar',
  'coverage.absenceOverShift':
    'an absence of {{hours}} h exceed the {{scheduled}} h of {{date}}, {{shift}} in the shift calendar',
  'warning.PERFORMANCE_OVER_150':
    "{{units}} units in {{hours}} run hours at {{cycle}} h per unit is {{performance}} % performance (above {{limit}} %): check the units, the run time and the order's cycle time",
  'warning.UNITS_OVER_PLAN':
    "{{units}} units is far above the order's plan: {{remaining}} of {{planned}} planned are still to make",
  'warning.DEFECT_LINES_OVER_TOTAL':
    "{{lines}} defect lines are recorded but the inspection's total defects is {{total}}: DPMO counts the total, the Pareto the lines; correct one of them",
  'warning.DEFECT_LINES_WITH_THIS_OVER_TOTAL':
    "{{lines}} defect lines with this one but the inspection's total defects is {{total}}: DPMO counts the total, the Pareto the lines; correct one of them",
  'warning.checkRow': 'Please check this row: {{reason}}. Save it anyway only if the figures are right.',
  'warning.importAnyway': '{{reason}} (check it; import with warnings accepted if it is right)',
  'ref.workOrderNotOfClient': '{{value}} is not a work order of client {{client}}',
  'ref.jobNotOfClient': '{{value}} is not a job of client {{client}}',
  'ref.inspectionNotOfClient': '{{value}} is not an inspection of client {{client}}',
  'ref.downtimeReasonNotOfClient': '{{value}} is not a downtime reason of client {{client}}',
  'ref.holdReasonNotOfClient': '{{value}} is not a hold reason of client {{client}}',
  'ref.absenceTypeNotOfClient': '{{value}} is not an absence type of client {{client}}',
  'ref.defectTypeNotOfClient': '{{value}} is not a defect type of client {{client}}',
  'ref.jobNotOfOrder': 'job {{value}} does not belong to work order {{order}}',
  'ref.unknownClient': '{{value}} is not a known client',
  'ref.unknownEmployee': '{{value}} is not a known employee',
  'ref.employeeNotAssigned': 'employee {{value}} is not assigned to client {{client}}',
  'ref.notFloating': 'employee {{value}} is not in the floating pool',
  'ref.unknownUser': '{{value}} is not a known user id or username',
  'entry.operatorOwnOnly': 'an operator can only put themselves here',
  'entry.verifiedOperatorChange':
    'This entry has been verified by a leader, so an operator cannot change it. Ask a leader: their correction clears the verification.',
  'entry.verifiedOperatorDelete':
    'This entry has been verified by a leader, so an operator cannot delete it. Ask a leader: their correction clears the verification.',
  'store.required': 'is required',
  'store.alreadyUsed': '{{value}} is already used',
  'store.notAField': 'is not a field',
  'duplicate.inFloorKpi': 'already in FloorKPI as {{id}} ({{same}})',
  'duplicate.inFile': 'repeats row {{sameAsRow}} of this file ({{same}})',
  'duplicate.notUpdatable': '{{reason}}; these records are not updated by an import',
  'duplicate.otherId': "{{reason}}, but this row's id is different: give it that id or leave it blank",
  'duplicate.sameId': 'same id',
  'duplicate.sameKey': 'same {{columns}}',
  'duplicate.sameCells': 'the same cells',
  'row.cycleTimePositive': 'ideal cycle time must be more than 0 hours',
  'row.resumeBeforeHold': 'resume date must not be before the hold date',
  'row.resumeTimeBeforeHoldTime':
    'resume time must not be before the hold time when the hold ends on the day it began',
  'row.absenceOverScheduled': 'absence hours must not exceed scheduled hours',
  'row.ownAbsenceCovered': 'an employee cannot cover their own absence',
  'row.floatingIsAbsent': 'the floating employee must be someone other than the absent employee',
  'row.defectiveOverProduced': 'units defective must not exceed units produced',
  'row.presentOverAssigned': 'employees present must not exceed employees assigned',
  'row.partOverInspected': 'must not exceed units inspected',
  'row.passedPlusDefectiveOverInspected': 'units passed plus units defective must not exceed units inspected',
  'row.defectsUnderDefective':
    'total defects must be at least units defective (each defective unit has a defect)',
  'row.wipCriticalUnderAging': 'WIP critical days must be at least the WIP aging days',
  'row.defaultCycleTimePositive': 'default cycle time must be more than 0 hours',
  'row.shiftEndsAtStart': 'the shift must end at a different time than it starts',
  'row.breakOverShift': 'the break must be shorter than the shift ({{minutes}} minutes)',
  'row.availableFloatingHasClient':
    'an AVAILABLE floating employee has no client: leave the client blank or set the status to ASSIGNED',
  'issue.required': 'is required',
  'issue.tooSmallNumber': 'must be at least {{minimum}}',
  'issue.tooBigNumber': 'must be at most {{maximum}}',
  'issue.tooShort': 'must have at least {{minimum}} characters',
  'issue.tooLong': 'must be at most {{maximum}} characters',
  'issue.notWhole': 'must be a whole number',
  'issue.notNumber': 'must be a number',
  'issue.notText': 'must be text',
  'issue.notOneOf': 'must be one of: {{values}}',
  'issue.notOneOfEnum': 'must be one of {{choices}}',
  'cell.number.invalid': 'must be a number written like {{accepted}}',
  'cell.number.ambiguous': 'could be read two ways: write it like {{accepted}}',
  'cell.date.invalid': 'must be a date written like {{accepted}}',
  'cell.date.notReal': 'is not a real date: write it like {{accepted}}',

  'file.empty': 'the file is empty: its first row must name the columns',
  'header.blank': 'the first row must name the columns',
  'header.separator':
    'the columns seem to be separated by "{{separator}}": separate them with commas, semicolons or tabs (save as CSV from Excel)',
  'header.duplicate': 'appears more than once in the header',
  'header.unknown': 'is not a column of {{table}} (columns: {{columns}})',
  'header.missing': 'is required and missing from the header',
  'cell.noHeader': 'has a value but no header',
  'row.extraCells': 'has {{cells}} cells but the header names {{columns}} columns',
  'row.unclosedQuote': 'has a quote (") that is never closed: the rest of the file is read as one cell',
  'row.badQuote': 'has a quoted cell with text after its closing quote (")',
  'row.unreadable': 'cannot be read as a row of cells',
  'row.notYourClient': '{{client}} is not one of your clients',
};
