import { describe, expect, it } from 'vitest';
import { clientRuleProblem, takesClients } from './user-rules';

describe('clientRuleProblem', () => {
  it('wants exactly one client for an operator', () => {
    expect(clientRuleProblem('OPERATOR', [])).toBe('Pick the one client this operator works for.');
    expect(clientRuleProblem('OPERATOR', ['A'])).toBeNull();
    expect(clientRuleProblem('OPERATOR', ['A', 'B'])).toBe(
      'An operator works for exactly one client; 2 are ticked.',
    );
  });

  it('wants one or more for a leader, counting a client ticked twice once', () => {
    expect(clientRuleProblem('LEADER', [])).toBe('Pick at least one client for this leader.');
    expect(clientRuleProblem('LEADER', ['A'])).toBeNull();
    expect(clientRuleProblem('LEADER', ['A', 'B', 'C'])).toBeNull();
    expect(clientRuleProblem('OPERATOR', ['A', 'A'])).toBeNull();
  });

  it('wants none for administrators and power users, who see every client', () => {
    expect(clientRuleProblem('ADMIN', [])).toBeNull();
    expect(clientRuleProblem('POWERUSER', ['A'])).toMatch(/untick the clients/);
    expect(takesClients('ADMIN')).toBe(false);
    expect(takesClients('POWERUSER')).toBe(false);
    expect(takesClients('LEADER')).toBe(true);
  });
});
