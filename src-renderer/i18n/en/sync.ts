/** English words of the plant-hub sync added after the Admin screen's first version: merging a conflict, enrolling again. */
export const sync = {
  sync: {
    merge: {
      keep: 'Keep',
      thisPc: 'This PC',
      hub: 'Hub',
      fieldChoice: 'Keep which {{field}}',
      apply: 'Merge the chosen fields',
      summary: '{{local}} from this PC, {{hub}} from the hub',
      onlyHub: "Only the hub's side can be kept here.",
    },
    enrolAgain: {
      button: 'Enrol again',
      title: 'Enrol this PC again',
      hint: 'After the hub was reset or restored, or your hub password changed: this PC joins as a new device and sends its rows again (the hub keeps what it has; nothing is lost).',
      needed: 'The hub no longer recognises this PC: enrol it again.',
      cancel: 'Cancel',
      done: 'Enrolled again with {{hubUrl}} and synced.',
    },
  },
};
