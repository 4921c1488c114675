/** English words of a grid's paging and find bar (search, filters, sort). */
export const gridFind = {
  gridFind: {
    // After a work order's code in a picker, when the order is held.
    onHold: ' (on hold)',
    previous: '‹ Previous {{count}}',
    next: 'Next {{count}} ›',
    locked: 'Save or discard the unsaved rows first',
    lockedHint: 'Save or discard the unsaved rows to search, sort, filter or page.',
    search: 'Search',
    searchPlaceholder: 'Order, code, name…',
    filter: 'Filter',
    filterValue: 'Filter value',
    showOnly: 'Show only',
    searching: 'Search: “{{text}}”',
    removeFilter: 'Remove filter {{column}}: {{value}}',
    sortedAsc: 'Sorted by {{column}} (ascending)',
    sortedDesc: 'Sorted by {{column}} (descending)',
  },
};
