/** The keys of the app, as the Help screen lists them: where they work, the key, what it does. */
export interface KeyHelp {
  keys: string;
  does: string;
}

export const KEY_HELP: readonly { where: string; keys: readonly KeyHelp[] }[] = [
  {
    where: 'Anywhere',
    keys: [
      { keys: 'F1', does: 'Opens this Help' },
      { keys: 'Ctrl+P', does: 'Prints the screen (client, period, shift, who and when in the header)' },
      { keys: 'Tab, Shift+Tab', does: 'Move between fields and buttons' },
    ],
  },
  {
    where: 'Entry grids (My shift, Production, Downtime, Attendance, Quality, Holds, Work orders)',
    keys: [
      { keys: 'Type', does: 'Fills the cell under the cursor (a tap opens it on a touch screen)' },
      { keys: 'Enter', does: 'Edits the cell; while editing, keeps it and moves down' },
      { keys: 'F2', does: 'Edits the cell, keeping its text' },
      { keys: 'Tab, Shift+Tab, arrows', does: 'Move between cells; Tab leaves the grid after its last cell' },
      { keys: 'Home, End', does: 'First or last cell of the row' },
      { keys: 'Esc', does: 'Cancels the edit' },
      { keys: 'Delete', does: 'Empties the cell' },
      { keys: 'Ctrl+Delete', does: 'Removes the row (asks first for a saved row)' },
      { keys: 'Ctrl+Enter', does: 'Saves every unsaved row' },
      { keys: 'Ctrl+C, Ctrl+V', does: 'Copies a cell; pastes a block copied from Excel' },
      { keys: 'Up, Down in a list', does: 'Pick a choice; Enter or Tab takes it' },
    ],
  },
  {
    where: 'Dashboard',
    keys: [
      { keys: 'Enter on a card', does: 'Opens its trend and breakdown' },
      { keys: 'Esc', does: 'Back to the cards' },
    ],
  },
];
