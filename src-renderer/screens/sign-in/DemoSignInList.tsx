import { ROLE_LABELS } from '../../../src-shared/domain/enum-labels';
import type { DemoSignIns } from '../../api/demo';

/** After loading the demo plant: whom to sign in as, and the password they all share. */
export function DemoSignInList({ demo }: { demo: DemoSignIns }) {
  return (
    <section className="panel demo-sign-ins" aria-labelledby="demo-title">
      <h2 id="demo-title">Demo sign-ins</h2>
      <p>
        The demo plant is ready. Every demo user has the password{' '}
        <strong className="demo-password" data-testid="demo-password">
          {demo.password}
        </strong>
        .
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Username</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {demo.users.map((user) => (
            <tr key={user.username}>
              <td className="demo-username">{user.username}</td>
              <td>{ROLE_LABELS[user.role]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
