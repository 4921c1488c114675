import { useEffect, useRef } from 'react';
import type { KpiCard } from '../../../src-shared/kpi/dashboard';
import type { DetailSection } from '../../../src-shared/kpi/definition';
import { kpiDefinition } from '../../../src-shared/kpi/definitions/registry';
import type { KpiKey } from '../../../src-shared/kpi/result';
import { i18next } from '../../i18n/i18n';
import { BradfordSection } from './BradfordSection';
import { ChronicHoldsSection } from './ChronicHoldsSection';
import { DimensionSection } from './DimensionSection';
import { HoldBucketsSection } from './HoldBucketsSection';
import { KpiSummary } from './KpiSummary';
import { kpiLabel } from './kpi-format';
import { LateOrdersSection } from './LateOrdersSection';
import { ParetoSection } from './ParetoSection';
import type { TrendBy } from './period-format';
import { TrendSection } from './TrendSection';
import { useEscape } from './use-escape';
import type { KpiScope } from './use-kpi-scope';
import { WipBucketsSection } from './WipBucketsSection';

interface KpiDetailViewProps {
  card: KpiCard;
  scope: KpiScope;
  trendBy: TrendBy;
  /** True when the scope holds several clients: tables then name each row's client. */
  showClient: boolean;
  onBack(): void;
  /** Opens the client comparison on this KPI; absent for a user with one client. */
  onCompare?: (kpi: KpiKey) => void;
}

function Section({
  section,
  card,
  scope,
  showClient,
}: {
  section: DetailSection;
  card: KpiCard;
  scope: KpiScope;
  showClient: boolean;
}) {
  switch (section.kind) {
    case 'pareto':
      return <ParetoSection kind={section.breakdown} scope={scope} />;
    case 'bradford':
      return <BradfordSection scope={scope} showClient={showClient} />;
    case 'wip_buckets':
      return <WipBucketsSection scope={scope} />;
    case 'hold_buckets':
      return <HoldBucketsSection result={card.result} />;
    case 'late_orders':
      return <LateOrdersSection scope={scope} showClient={showClient} />;
    case 'chronic_holds':
      return <ChronicHoldsSection scope={scope} showClient={showClient} />;
    case 'by_dimension':
      return <DimensionSection kpi={card.key} scope={scope} />;
  }
}

/** A card's drill-down: value and provenance, the trend by day/week/month, and what drives the KPI. Esc goes back. */
export function KpiDetailView({ card, scope, trendBy, showClient, onBack, onCompare }: KpiDetailViewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEscape(onBack);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const sections = kpiDefinition(card.key).breakdowns;
  return (
    <div className="kpi-detail" data-testid={`detail-${card.key}`}>
      <div className="view-head">
        <button type="button" className="button-secondary" onClick={onBack}>
          {i18next.t('drill.allKpis')}
        </button>
        <h2 id="dashboard-title" ref={headingRef} tabIndex={-1}>
          {kpiLabel(card.key)}
        </h2>
        {onCompare && (
          <button type="button" className="button-secondary push-right" onClick={() => onCompare(card.key)}>
            {i18next.t('drill.compareOn', { label: kpiLabel(card.key) })}
          </button>
        )}
      </div>
      <div className="detail-top">
        <KpiSummary card={card} />
        {kpiDefinition(card.key).asOfDate ? (
          <section className="panel dash-section">
            <h3>{i18next.t('drill.asOfTitle')}</h3>
            <p>{i18next.t('drill.asOfText', { label: kpiLabel(card.key) })}</p>
          </section>
        ) : (
          <TrendSection kpi={card.key} unit={card.result.unit} scope={scope} initialBy={trendBy} />
        )}
      </div>
      {sections.length === 0 && (
        <p className="empty-note">{i18next.t('drill.noCauses', { label: kpiLabel(card.key) })}</p>
      )}
      {sections.map((section) => (
        <Section
          key={section.kind === 'pareto' ? section.breakdown : section.kind}
          section={section}
          card={card}
          scope={scope}
          showClient={showClient}
        />
      ))}
    </div>
  );
}
