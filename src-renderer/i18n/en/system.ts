/**
 * English words of the app around the screens: first start and the first administrator, the idle
 * lock, database recovery, backups in words, the update prompt and the update status.
 */
export const system = {
  firstStart: {
    title: 'First start',
    noDatabase: 'There is no FloorKPI database yet. Either choice below creates a new one at',
    noDatabaseEmptyFile:
      'There is no FloorKPI database yet (the file is empty). Either choice below creates a new one at',
    noUsers: 'This plant has no users yet.',
    emptyDatabase: 'The database is empty. This plant has no users yet.',
    demo: 'Start with demo data',
    demoText:
      'A sample plant with five clients, two months of production, quality, downtime and attendance, and a sign-in for every role. Good for trying FloorKPI out.',
    empty: 'Start empty',
    emptyText: "Create the first administrator, then add this plant's clients, users and targets.",
    creating: 'Creating the database…',
    loadingDemo: 'Loading demo plant…',
    createFailed: 'The database could not be created',
    demoFailed: 'The demo plant could not be loaded',
    failed: '{{what}}: {{message}}',
  },
  setup: {
    title: 'Create the first administrator',
    intro: 'This person can add clients, users and targets. Keep the password somewhere safe.',
    username: 'Username',
    fullName: 'Full name',
    password: 'Password',
    confirm: 'Confirm password',
    passwordHint: 'At least 8 characters.',
    notSame: 'The two passwords are not the same.',
    submit: 'Create administrator',
    back: 'Back',
  },
  lock: {
    title: 'Locked',
    password: 'Password',
    enterPassword: 'Enter your password.',
    unlock: 'Unlock',
    unwritten:
      'Some of {{name}}’s unsaved rows could not be kept yet: they are kept once {{name}} unlocks. If someone else signs in now, those rows are lost.',
    someoneElse: 'Not you? Sign in as someone else',
  },
  recovery: {
    titles: {
      damaged: 'The plant database is damaged',
      foreign: 'This is not a FloorKPI database',
      newer: 'This database needs a newer FloorKPI',
      other: 'The plant database cannot be used',
    },
    file: 'Database file:',
    installNewer: 'Install the newer FloorKPI that wrote this file; nothing was changed.',
    latest: 'Latest good backup',
    restoreText:
      'Restoring it puts the plant back as it was then: anything entered after it must be entered again. The current file is kept in the backups folder, as it is.',
    restoring: 'Restoring…',
    confirm: 'Yes, restore this backup',
    restore: 'Restore this backup…',
    failed: 'Nothing was restored: {{message}}',
    noBackupBefore: 'No backup of this database was found in the',
    noBackupAfter:
      'folder beside it. Copy a backup there and start FloorKPI again, or start it on another database file (FLOORKPI_DB).',
  },
  backup: {
    kinds: {
      daily: 'Daily',
      migration: 'Before an update',
      restore: 'Before a restore',
      manual: 'Made on request',
      damaged: 'Damaged file set aside',
    },
  },
  update: {
    region: 'Update ready',
    restartNow: 'Restart now',
    restarting: 'Restarting…',
    later: 'Later',
    waitRows_one:
      'FloorKPI {{version}} is ready. Save or discard your {{count}} unsaved row, then restart to install it.',
    waitRows_many:
      'FloorKPI {{version}} is ready. Save or discard your {{count}} unsaved rows, then restart to install it.',
    waitRows_other:
      'FloorKPI {{version}} is ready. Save or discard your {{count}} unsaved rows, then restart to install it.',
    ready: 'FloorKPI {{version}} is ready. Restart now to install it (takes about a minute).',
    state: {
      unavailable: 'Updates are not available here.',
      idle: 'FloorKPI checks for updates once a day.',
      checking: 'Checking the plant hub for updates…',
      upToDate: 'FloorKPI {{version}} is the latest version.',
      downloading: 'Downloading FloorKPI {{version}} in the background… {{percent}}',
      downloaded: 'FloorKPI {{version}} is downloaded and ready to install.',
      failed: 'The last update check failed.',
    },
    source: {
      environment: 'set for this PC by IT (FLOORKPI_UPDATE_URL)',
      setting: 'set in Admin on this PC',
      'built-in': 'built into the installer',
      none: 'not set',
    },
  },
};
