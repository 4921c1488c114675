/** English words of the Work orders screen: the order book and each order's jobs. */
export const workOrders = {
  workOrders: {
    title: 'Work orders',
    pick: 'Work orders are kept per client. Pick the client whose orders to see:',
    status: 'Status',
    open: 'Open (active or on hold)',
    all: 'All',
    plural: 'work orders',
    gridTitle: 'Work orders · {{client}}',
    noMatch: 'No work orders match: pick another status to see more.',
    noneYet: 'No work orders yet. Type one in the last row, or use Import CSV… to bring in the order book.',
    noneAsk: 'No work orders yet. A leader adds them; ask yours if one is missing.',
    moveToSee: 'Move the cursor to a saved work order to see its jobs here.',
    jobsTitle: 'Jobs of {{order}}',
    noJobsPlan: 'No jobs for {{order}}. Type its line items in the last row.',
    noJobs: 'No jobs for {{order}}.',
  },
};
