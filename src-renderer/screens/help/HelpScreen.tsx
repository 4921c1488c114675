import { useEffect } from 'react';
import { KPI_KEYS } from '../../../src-shared/kpi/result';
import { useScopeStore } from '../../stores/scope-store';
import { kpiLabel } from '../dashboard/kpi-format';
import type { ScreenProps } from '../screen-props';
import { KEY_HELP } from './keyboard-help';
import { KPI_HELP, kpiHelpId } from './kpi-help';
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
      <h2 id="help-title">Help</h2>
      <nav aria-label="Help contents" className="help-contents">
        <a href="#help-keys">Keyboard</a>
        {KPI_KEYS.map((kpi) => (
          <a key={kpi} href={`#${kpiHelpId(kpi)}`}>
            {kpiLabel(kpi)}
          </a>
        ))}
      </nav>

      <section aria-labelledby="help-kpis-title">
        <h3 id="help-kpis-title">The KPIs</h3>
        <p>
          Every KPI is one ratio of sums over the rows of the client(s) and period on screen: totals first,
          then one division, never an average of percentages. A period with no rows shows “No data”, never 0.
          When an input was not recorded, FloorKPI fills it in by the first rule that applies below and marks
          the card “Estimated”, with how confident the estimate is; open the badge to see how many rows were
          filled in.
        </p>
        {KPI_KEYS.map((kpi) => {
          const help = KPI_HELP[kpi];
          return (
            <article key={kpi} className="help-kpi" aria-labelledby={kpiHelpId(kpi)}>
              <h4 id={kpiHelpId(kpi)} tabIndex={-1}>
                {kpiLabel(kpi)}
              </h4>
              <p>{help.what}</p>
              <dl>
                <dt>Formula</dt>
                <dd>{help.formula}</dd>
                <dt>Inputs</dt>
                <dd>
                  <ul>
                    {help.inputs.map((input) => (
                      <li key={input}>{input}</li>
                    ))}
                  </ul>
                </dd>
                <dt>When an input is missing</dt>
                <dd>
                  <ul>
                    {help.estimated.map((rule) => (
                      <li key={rule}>{rule}</li>
                    ))}
                  </ul>
                </dd>
                <dt>Target</dt>
                <dd>{help.target}</dd>
              </dl>
            </article>
          );
        })}
        <p className="help-status">
          A card is green at or better than its target, amber within 10 % of it, red beyond; the status is
          also said in words.
        </p>
      </section>

      <section aria-labelledby="help-keys">
        <h3 id="help-keys" tabIndex={-1}>
          Keyboard
        </h3>
        {KEY_HELP.map((group) => (
          <table key={group.where} className="help-keys">
            <caption>{group.where}</caption>
            <thead>
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">What they do</th>
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
