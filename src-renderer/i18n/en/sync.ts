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
    failure: {
      connected: 'Connected; the first sync did not finish: {{reason}}',
      other: 'The plant hub answered with an error: {{detail}}',
      join: {
        UNAUTHENTICATED: 'Wrong username or password on the plant hub.',
        LOCKED: 'Too many wrong passwords: this user is locked on the hub for a few minutes.',
        FORBIDDEN: 'This user may not connect a PC to the hub: ask a leader or an administrator.',
        USER_INACTIVE: 'This user is not active on the hub.',
      },
      any: {
        UNREACHABLE: 'The plant hub did not answer: check its address and the network.',
        UNAUTHENTICATED: 'The hub does not know this PC’s enrolment: enrol it again.',
        DEVICE_REVOKED: 'An administrator removed this PC from the hub: enrol it again to sync.',
        DEVICE_DIVERGED:
          'The hub no longer recognises this PC (it was reset or restored): enrol this PC again; nothing is lost.',
        MUTATION_GAP:
          'The hub no longer recognises this PC (it was reset or restored): enrol this PC again; nothing is lost.',
        PROTOCOL_MISMATCH:
          'This PC and the hub run FloorKPI versions that cannot sync: update the older one.',
        SCHEMA_TOO_OLD: 'This PC’s FloorKPI is too old for the hub: update it; its unsent changes are kept.',
        SCHEMA_TOO_NEW: 'This PC runs a newer FloorKPI than the hub: update the hub first.',
        USERNAME_CONFLICT:
          'A user of this PC has the same name as another on the hub: settle it under Conflicts; syncing waits until then.',
        NOT_ENROLLED: 'This PC is not connected to a plant hub.',
        INTERNAL: 'The plant hub had an internal error: try again later; nothing was lost.',
      },
    },
    refusal: {
      FORBIDDEN: 'The hub refused it: this PC or its user may not ({{detail}}).',
      VALIDATION: 'The hub refused it: a value is not valid ({{detail}}).',
      REFERENCE: 'The hub refused it: a record it refers to is not on the hub ({{detail}}).',
      NOT_FOUND: 'The hub does not have this record; its creation may have been refused ({{detail}}).',
      UNKNOWN_USER: 'The hub does not know the user who entered it ({{detail}}).',
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
