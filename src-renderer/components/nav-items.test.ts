import { describe, expect, it } from 'vitest';
import { NAV_ITEMS, navItemsFor } from './nav-items';

describe('nav items', () => {
  it('shows Admin only to administrators and leaders', () => {
    const built = NAV_ITEMS.map((item) => ({ ...item, built: true }));
    const ids = (role: Parameters<typeof navItemsFor>[0]) => navItemsFor(role, built).map((i) => i.id);
    expect(ids('ADMIN')).toContain('admin');
    expect(ids('LEADER')).toContain('admin');
    expect(ids('POWERUSER')).not.toContain('admin');
    expect(ids('OPERATOR')).not.toContain('admin');
    expect(ids('OPERATOR')).toContain('my-shift');
  });

  it('offers only screens that are built', () => {
    expect(navItemsFor('ADMIN').every((item) => item.built)).toBe(true);
    expect(navItemsFor('ADMIN').map((i) => i.id)).toContain('dashboard');
  });
});
