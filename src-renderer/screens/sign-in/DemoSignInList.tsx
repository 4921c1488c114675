import { useTranslation } from 'react-i18next';
import { ROLE_LABELS } from '../../../src-shared/domain/enum-labels';
import type { DemoSignIns } from '../../api/demo';

/** After loading the demo plant: whom to sign in as, and the password they all share. */
export function DemoSignInList({ demo }: { demo: DemoSignIns }) {
  const { t } = useTranslation();
  return (
    <section className="panel demo-sign-ins" aria-labelledby="demo-title">
      <h2 id="demo-title">{t('firstStart.demoTitle')}</h2>
      <p>
        {t('firstStart.demoReady')}{' '}
        <strong className="demo-password" data-testid="demo-password">
          {demo.password}
        </strong>
        .
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('setup.username')}</th>
            <th scope="col">{t('users.role')}</th>
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
