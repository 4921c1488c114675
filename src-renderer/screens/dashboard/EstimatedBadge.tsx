import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { KpiKey, KpiResult } from '../../../src-shared/kpi/result';
import { i18next } from '../../i18n/i18n';
import { kpiLabel } from './kpi-format';
import { ProvenanceDetails } from './ProvenanceDetails';
import { estimatedBadgeText } from './provenance';

/**
 * The "Estimated · 82 % confidence" badge (or "Check inputs" for a warning on recorded data). A
 * click or Enter opens a small panel saying where the value comes from; Esc, Close or a click
 * elsewhere closes it and gives the focus back to the badge.
 */
export function EstimatedBadge({ kpi, result }: { kpi: KpiKey; result: KpiResult }) {
  const [open, setOpen] = useState(false);
  // A badge in the right half of the window opens its panel leftwards, so it stays on screen.
  const [alignRight, setAlignRight] = useState(false);
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const titleId = useId();

  useEffect(() => {
    if (!open) return;
    panelRef.current?.focus();
    const outside = (event: MouseEvent) => {
      if (event.target instanceof Node && !wrapRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  function close(): void {
    setOpen(false);
    buttonRef.current?.focus();
  }

  function toggle(): void {
    if (open) {
      close();
      return;
    }
    const rect = buttonRef.current?.getBoundingClientRect();
    setAlignRight(rect !== undefined && rect.left > window.innerWidth / 2);
    setOpen(true);
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !open) return;
    // The panel takes Esc; the drill-down's own Esc (back) must not fire as well.
    event.stopPropagation();
    event.preventDefault();
    close();
  }

  return (
    <div className={open ? 'kpi-badge-wrap kpi-badge-open' : 'kpi-badge-wrap'} ref={wrapRef}>
      <button
        ref={buttonRef}
        type="button"
        className={result.estimated ? 'kpi-badge' : 'kpi-badge kpi-badge-warning'}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={toggle}
        onKeyDown={onKeyDown}
      >
        <span className="kpi-badge-mark" aria-hidden="true">
          {result.estimated ? '≈ ' : '! '}
        </span>
        {estimatedBadgeText(result) ?? i18next.t('dash.checkInputs')}
      </button>
      {open && (
        <div
          ref={panelRef}
          id={panelId}
          className={`provenance-popover${alignRight ? ' provenance-popover-left' : ''}`}
          role="dialog"
          aria-labelledby={titleId}
          tabIndex={-1}
          onKeyDown={onKeyDown}
        >
          <h4 id={titleId}>{i18next.t('drill.whereFrom', { label: kpiLabel(kpi) })}</h4>
          <ProvenanceDetails kpi={kpi} result={result} />
          <button type="button" className="button-secondary" onClick={close}>
            {i18next.t('common.close')}
          </button>
        </div>
      )}
    </div>
  );
}
