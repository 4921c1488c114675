import { describe, expect, it } from 'vitest';
import { NAV_ITEMS, navItemsFor, type ScreenId } from './nav-items';

const ALL_BUILT = new Set<ScreenId>(NAV_ITEMS.map((item) => item.id));

describe('nav items', () => {
  it('shows Admin to the roles that administer something, never to operators', () => {
    const ids = (role: Parameters<typeof navItemsFor>[0]) => navItemsFor(role, ALL_BUILT).map((i) => i.id);
    expect(ids('ADMIN')).toContain('admin');
    expect(ids('LEADER')).toContain('admin');
    // POWERUSER edits reference lists (DATA.md § Roles), though not users.
    expect(ids('POWERUSER')).toContain('admin');
    expect(ids('OPERATOR')).not.toContain('admin');
    expect(ids('OPERATOR')).toContain('my-shift');
  });

  it('offers only screens that exist', () => {
    expect(navItemsFor('ADMIN', new Set<ScreenId>(['dashboard'])).map((i) => i.id)).toEqual(['dashboard']);
  });
});
