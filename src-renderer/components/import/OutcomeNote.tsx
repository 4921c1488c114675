import type { Outcome } from './import-outcome';

/** A preview's or an import's result as a coloured note that says it in words too. */
export function OutcomeNote({ outcome }: { outcome: Outcome }) {
  return (
    <div
      className={`import-outcome import-outcome-${outcome.tone}`}
      role={outcome.tone === 'ok' ? 'status' : 'alert'}
    >
      <p className="import-outcome-headline">{outcome.headline}</p>
      {outcome.detail && <p>{outcome.detail}</p>}
    </div>
  );
}
