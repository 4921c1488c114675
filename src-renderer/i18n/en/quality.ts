/** English words of the Quality screen: inspections and their defects. */
export const quality = {
  quality: {
    title: 'Quality',
    pick: 'Inspections are entered for one client at a time. Pick the client:',
    pickPeriod: 'Pick a period above to see and enter inspections.',
    plural: 'inspections',
    gridTitle: 'Inspections · {{client}} · {{period}}',
    periodRange: '{{from}} to {{to}}',
    empty:
      'No inspections for {{client}} in this period. Type one in the last row, then Ctrl+Enter; its defects go in the grid below.',
    moveToLog: 'Save an inspection and move the cursor to it to log its defects here.',
    defectsTitle: 'Defects of {{inspection}}, {{date}}',
    defectsTitleCount: 'Defects of {{inspection}}, {{date}} ({{count}})',
    defectsEmpty:
      'No defects logged for this inspection. Type one per line in the last row: type, root cause, description, flags.',
    setTotal: 'Set total defects to {{count}}',
    totalSet: 'Total defects set to {{count}}.',
    conflict: 'Someone else changed this inspection; reloaded.',
    // How the inspection's total compares with the defects logged below it.
    noTotal: 'The inspection has no total of defects',
    says_one: 'The inspection says {{count}} defect',
    says_many: 'The inspection says {{count}} defects',
    says_other: 'The inspection says {{count}} defects',
    logged_one: '{{says}}; {{count}} defect is logged here.',
    logged_many: '{{says}}; {{count}} defects are logged here.',
    logged_other: '{{says}}; {{count}} defects are logged here.',
    short_one:
      '{{message}} Each of the {{defective}} defective units has at least one defect: log {{count}} defect more, or correct the units defective.',
    short_many:
      '{{message}} Each of the {{defective}} defective units has at least one defect: log {{count}} defects more, or correct the units defective.',
    short_other:
      '{{message}} Each of the {{defective}} defective units has at least one defect: log {{count}} defects more, or correct the units defective.',
  },
};
