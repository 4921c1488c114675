import { describe, expect, it } from 'vitest';
import { roughRowCount } from './csv-files';

describe('roughRowCount', () => {
  it('counts data lines under the header, ignoring blank ones and CRLF', () => {
    expect(roughRowCount('a,b\r\n1,2\r\n3,4\r\n')).toBe(2);
    expect(roughRowCount('a,b\n1,2\n\n , \n3,4')).toBe(2);
    expect(roughRowCount('a,b\n')).toBe(0);
    expect(roughRowCount('')).toBe(0);
  });
});
