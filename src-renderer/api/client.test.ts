import { describe, expect, it } from 'vitest';
import { errorText } from './client';
import { formErrors } from './field-issues';

describe('errorText', () => {
  it("passes on the core's plain message", () => {
    expect(errorText({ code: 'LOCKED', message: 'Try again in 4 minutes.' })).toBe('Try again in 4 minutes.');
  });

  it('falls back to a sentence per code', () => {
    expect(errorText({ code: 'FORBIDDEN', message: ' ' })).toBe('You are not allowed to do this.');
  });

  it('spells out validation issues instead of the coded message', () => {
    expect(
      errorText({
        code: 'VALIDATION',
        message: 'units: must be positive',
        issues: [
          { path: 'units', message: 'must be positive' },
          { path: 'shift', message: 'is required', row: 3 },
        ],
      }),
    ).toBe('Some values are not valid. units must be positive. Row 3, shift is required.');
  });
});

describe('formErrors', () => {
  const labels = { username: 'Username', password: 'Password' };

  it('places known fields and summarises the rest', () => {
    const result = formErrors(
      {
        code: 'VALIDATION',
        message: 'x',
        issues: [
          { path: 'password', message: 'must be at least 8 characters' },
          { path: 'email', message: 'is not an address' },
        ],
      },
      labels,
    );
    expect(result.fields).toEqual({ password: 'Password must be at least 8 characters.' });
    expect(result.summary).toBe('Some values are not valid. email is not an address.');
  });

  it('gives other failures as the summary only', () => {
    expect(formErrors({ code: 'FORBIDDEN', message: 'This plant already has users.' }, labels)).toEqual({
      fields: {},
      summary: 'This plant already has users.',
    });
  });
});
