import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../i18n/locale-store';
import { backupDateText, backupKindText, sizeText } from './backup-text';

describe('backup text', () => {
  afterEach(() => useLocaleStore.getState().apply({ language: 'en', regionalFormat: 'en-US' }));

  it('says why a backup was made', () => {
    expect(backupKindText('daily')).toBe('Daily');
    expect(backupKindText('migration')).toBe('Before an update');
    expect(backupKindText('damaged')).toBe('Damaged file set aside');
    useLocaleStore.getState().apply({ language: 'es', regionalFormat: 'es-MX' });
    expect(backupKindText('migration')).toBe('Antes de una actualización');
  });

  it('gives sizes in KB, MB or GB', () => {
    expect(sizeText(300)).toBe('1 KB');
    expect(sizeText(640 * 1024)).toBe('640 KB');
    expect(sizeText(12.5 * 1024 * 1024)).toBe('12.5 MB');
    expect(sizeText(1.25 * 1024 * 1024 * 1024)).toBe('1.3 GB');
    // Costa Rica writes a decimal comma.
    useLocaleStore.getState().apply({ language: 'es', regionalFormat: 'es-CR' });
    expect(sizeText(12.5 * 1024 * 1024)).toBe('12,5 MB');
  });

  it("gives the date on this PC's clock, and the raw text when it is not a date", () => {
    const local = new Date(2026, 5, 30, 14, 5);
    expect(backupDateText({ createdAt: local.toISOString() })).toBe('06/30/2026 2:05\u00a0PM');
    useLocaleStore.getState().apply({ language: 'es', regionalFormat: 'es-MX' });
    expect(backupDateText({ createdAt: local.toISOString() })).toBe('30/06/2026 14:05');
    expect(backupDateText({ createdAt: 'soon' })).toBe('soon');
  });
});
