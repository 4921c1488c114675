import type { KpiKey, KpiResult } from '../../../src-shared/kpi/result';
import { i18next } from '../../i18n/i18n';
import { explainProvenance } from './provenance';

/** Where a KPI value comes from, in plain words: rows, filled-in inputs, confidence, notes and warnings. */
export function ProvenanceDetails({ kpi, result }: { kpi: KpiKey; result: KpiResult }) {
  const text = explainProvenance(kpi, result);
  return (
    <div className="provenance">
      {text.warnings.length > 0 && (
        <ul className="provenance-warnings">
          {text.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <p>{text.rows}</p>
      {text.confidence && <p>{text.confidence}</p>}
      {text.inferred.length > 0 && (
        <>
          <p className="provenance-lead">{i18next.t('drill.provenance.filledIn')}</p>
          <ul className="provenance-inputs">
            {text.inferred.map((input) => (
              <li key={input}>{input}</li>
            ))}
          </ul>
        </>
      )}
      {text.notes.length > 0 && (
        <ul className="provenance-notes">
          {text.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
