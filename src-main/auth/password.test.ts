import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './password';

describe('password hashing', () => {
  it('stores a salted scrypt hash, never the password', async () => {
    const hash = await hashPassword('line-leader-1');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain('line-leader-1');
    expect(await hashPassword('line-leader-1')).not.toBe(hash);
  });

  it('accepts the right password and refuses a wrong or tampered one', async () => {
    const hash = await hashPassword('correct horse');
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('correct hors', hash)).toBe(false);
    expect(await verifyPassword('correct horse', hash.replace(/.$/, 'A'))).toBe(hash.endsWith('A'));
    expect(await verifyPassword('correct horse', 'plain-text')).toBe(false);
  });

  it('names what is wrong with a weak password', () => {
    expect(passwordProblem('short')).toBe('must be at least 8 characters');
    expect(passwordProblem(' padded-password')).toBe('must not start or end with a space');
    expect(passwordProblem('long enough')).toBeNull();
  });
});
