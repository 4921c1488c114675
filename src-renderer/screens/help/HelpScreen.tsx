import { useEffect } from 'react';
import { KPI_KEYS } from '../../../src-shared/kpi/result';
import { i18next } from '../../i18n/i18n';
import { useScopeStore } from '../../stores/scope-store';
import { kpiLabel } from '../dashboard/kpi-format';
import type { ScreenProps } from '../screen-props';
import { keyHelp } from './keyboard-help';
import { kpiHelp, kpiHelpId } from './kpi-help';
import './help.css';

/**
 * Help: every KPI's formula in words, its inputs and how missing inputs are estimated, and the
 * keyboard. A dashboard card's "?" opens it at that KPI; F1 opens it from anywhere.
 */
export function HelpScreen(_props: ScreenProps) {
  const topic = useScopeStore((s) => s.helpTopic);

  // Opened for one KPI: bring its entry into view and put the focus on its heading.
  useEffect(() => {
    if (!topic) return;
    const heading = document.getElementById(topic);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }, [topic]);

  return (
    <section aria-labelledby="help-title" className="help-screen">
      <h2 id="help-title">{i18next.t('help.title')}</h2>
      <nav aria-label={i18next.t('help.contents')} className="help-contents">
        <a href="#help-keys">{i18next.t('help.keyboard')}</a>
        {KPI_KEYS.map((kpi) => (
          <a key={kpi} href={`#${kpiHelpId(kpi)}`}>
            {kpiLabel(kpi)}
          </a>
        ))}
      </nav>

      <section aria-labelledby="help-kpis-title">
        <h3 id="help-kpis-title">{i18next.t('help.kpisTitle')}</h3>
        <p>{i18next.t('help.kpisIntro')}</p>
        {KPI_KEYS.map((kpi) => {
          const help = kpiHelp(kpi);
          return (
            <article key={kpi} className="help-kpi" aria-labelledby={kpiHelpId(kpi)}>
              <h4 id={kpiHelpId(kpi)} tabIndex={-1}>
                {kpiLabel(kpi)}
              </h4>
              <p>{help.what}</p>
              <dl>
                <dt>{i18next.t('help.formula')}</dt>
                <dd>{help.formula}</dd>
                <dt>{i18next.t('help.inputs')}</dt>
                <dd>
                  <ul>
                    {help.inputs.map((input) => (
                      <li key={input}>{input}</li>
                    ))}
                  </ul>
                </dd>
                <dt>{i18next.t('help.whenMissing')}</dt>
                <dd>
                  <ul>
                    {help.estimated.map((rule) => (
                      <li key={rule}>{rule}</li>
                    ))}
                  </ul>
                </dd>
                <dt>{i18next.t('help.target')}</dt>
                <dd>{help.target}</dd>
              </dl>
            </article>
          );
        })}
        <p className="help-status">{i18next.t('help.status')}</p>
      </section>

      <section aria-labelledby="help-keys">
        <h3 id="help-keys" tabIndex={-1}>
          {i18next.t('help.keyboard')}
        </h3>
        {keyHelp().map((group) => (
          <table key={group.where} className="help-keys">
            <caption>{group.where}</caption>
            <thead>
              <tr>
                <th scope="col">{i18next.t('help.keysHeading')}</th>
                <th scope="col">{i18next.t('help.doesHeading')}</th>
              </tr>
            </thead>
            <tbody>
              {group.keys.map((row) => (
                <tr key={row.keys}>
                  <th scope="row">
                    <kbd>{row.keys}</kbd>
                  </th>
                  <td>{row.does}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </section>
    </section>
  );
}
