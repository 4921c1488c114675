import type { WorkflowDowngrade } from '../contract/csv';

const whole = new Intl.NumberFormat('en-US');

/** One sentence for a person: what an import by a role without approval rights left out, and why. */
export function workflowNoticeText(downgrade: WorkflowDowngrade): string {
  const n = downgrade.rows;
  const columns = downgrade.columns.join(', ');
  if (downgrade.kind === 'holds_requested')
    return (
      `${whole.format(n)} ${n === 1 ? 'hold arrives' : 'holds arrive'} as ${n === 1 ? 'a request' : 'requests'} ` +
      `waiting for a leader's approval: your role cannot approve holds, so ${columns} ${downgrade.columns.length === 1 ? 'was' : 'were'} not imported.`
    );
  return (
    `${whole.format(n)} ${n === 1 ? 'row arrives' : 'rows arrive'} unverified: your role cannot verify or ` +
    `confirm entries, so ${columns} ${downgrade.columns.length === 1 ? 'was' : 'were'} not imported.`
  );
}
