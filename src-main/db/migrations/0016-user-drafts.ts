import type { Migration } from '../migration';

/**
 * Unsaved grid rows kept per user on this PC (contract/drafts.ts): what a person typed survives a
 * reload, a crash of the window, an idle lock and a session that ended, and is offered back after
 * sign-in. Not plant data: no sync columns, so the hub never sees it and no other PC gets it, and
 * no audit (nothing here counts anywhere until it is saved through the grid, which audits it).
 * Rows belong to one user (`user_id` comes from the session, never a payload) and are read only
 * by that user. A draft of one client's grid names the client, so it is refused while the user
 * has no access to it and never offered once access is gone.
 */
const DDL = `
CREATE TABLE user_draft (
  user_id TEXT NOT NULL REFERENCES app_user (user_id),
  -- The grid it belongs to: screen, table and the values its new rows are saved with.
  draft_key TEXT NOT NULL CHECK (length(draft_key) BETWEEN 1 AND 300),
  -- The client of the grid; NULL for a plant-level list (employees).
  client_id TEXT REFERENCES client (client_id),
  -- Where the rows would be saved, in words: "My shift › Production for BOOT-LINE-A, 2026-03-02 1st shift".
  summary TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 300),
  row_count INTEGER NOT NULL CHECK (row_count BETWEEN 1 AND 2000),
  -- The rows as typed, and the screen to open them on (checked against the channel's schema).
  payload TEXT NOT NULL CHECK (json_valid(payload) AND length(payload) <= 600000),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (user_id, draft_key)
) STRICT;
`;

export const userDrafts: Migration = {
  name: '0016-user-drafts',
  up(sqlite) {
    sqlite.exec(DDL);
  },
};
