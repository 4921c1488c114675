import { describe, expect, it } from 'vitest';
import { judgeOffer } from './version-policy';

describe('which offered version is installed', () => {
  it('installs only a strictly newer release', () => {
    expect(judgeOffer('1.2.0', '1.2.1')).toBe('newer');
    expect(judgeOffer('1.2.0', '1.10.0')).toBe('newer');
    expect(judgeOffer('1.9.9', '2.0.0')).toBe('newer');
    expect(judgeOffer('1.2.0', '1.2.0')).toBe('same');
    expect(judgeOffer('1.10.0', '1.9.0')).toBe('older');
    expect(judgeOffer('2.0.0', '1.99.99')).toBe('older');
  });

  it('orders pre-releases as SemVer does and offers them only to those who want them', () => {
    expect(judgeOffer('1.2.0', '1.3.0-rc.1')).toBe('prerelease-not-wanted');
    expect(judgeOffer('1.2.0', '1.3.0-rc.1', { allowPrerelease: true })).toBe('newer');
    expect(judgeOffer('1.3.0-rc.1', '1.3.0-rc.2')).toBe('newer');
    expect(judgeOffer('1.3.0-rc.2', '1.3.0-rc.10')).toBe('newer');
    expect(judgeOffer('1.3.0-alpha', '1.3.0-alpha.1')).toBe('newer');
    expect(judgeOffer('1.3.0-beta.11', '1.3.0-rc.1')).toBe('newer');
    expect(judgeOffer('1.3.0-rc.1', '1.3.0')).toBe('newer');
    expect(judgeOffer('1.3.0', '1.3.0-rc.9', { allowPrerelease: true })).toBe('older');
    expect(judgeOffer('1.3.0-rc.2', '1.3.0-rc.1')).toBe('older');
  });

  it('ignores build metadata and refuses what is not a version', () => {
    expect(judgeOffer('1.2.0', '1.2.0+build.7')).toBe('same');
    for (const offered of ['', 'latest', '1.2', 'v1.3.0', '01.2.3', '1.2.3-', '1.2.3.4', '9'.repeat(300)]) {
      expect(judgeOffer('1.2.0', offered), offered).toBe('invalid');
    }
  });
});
