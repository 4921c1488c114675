import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncConflictItem, SyncStatusView } from '../../../src-shared/contract/sync';
import { hubRefusalText } from '../../../src-shared/sync/hub-failure-text';
import { errorText, invoke } from '../../api/client';
import { LoadedView } from '../../components/form/LoadedView';
import { useLoad } from '../../components/form/use-load';
import { fmt } from '../../i18n/fmt';
import { lookup } from '../../i18n/i18n';
import { ruleReader } from '../../i18n/rule-reader';

type Side = 'local' | 'hub';

/** A field's name in the reader's words ("Planned qty"); its column name when the catalogue has none. */
function fieldWords(field: string): string {
  return lookup(`columns.${field}`, field);
}

/** Conflicts where the hub refused the change or a user name clashes: only the hub's side can stay. */
function hubSideOnly(c: SyncConflictItem): boolean {
  return (
    c.kind === 'refused' || c.kind === 'pulled_clash' || (c.table === 'app_user' && c.kind === 'natural_key')
  );
}

/**
 * The open sync conflicts of this PC (Admin › Plant hub): who changed what, both sides field by
 * field, and how to settle each — keep the hub's, keep this PC's, or choose per field (native
 * radio buttons: Tab reaches each field's pair, the arrow keys choose) and merge.
 */
export function HubConflicts({ status, onResolved }: { status: SyncStatusView; onResolved(): void }) {
  // Read again whenever a round ended or the count moved.
  const [loaded, reload] = useLoad(
    `sync-conflicts-${status.openConflicts}-${status.lastSuccessAt ?? ''}`,
    () => invoke('sync.conflicts', {}),
  );
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);

  async function resolve(
    conflict: SyncConflictItem,
    keep: 'hub' | 'local' | 'merge',
    fields?: Record<string, Side>,
  ): Promise<void> {
    setFailure(null);
    const result = await invoke('sync.resolve', {
      conflictId: conflict.conflictId,
      keep,
      ...(fields ? { fields } : {}),
    });
    if (!result.ok) setFailure(errorText(result.error));
    reload();
    onResolved();
  }

  return (
    <div className="hub-conflicts">
      <h4>{t('hub.conflicts')}</h4>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <LoadedView loaded={loaded} what={t('hub.conflictsWhat')}>
        {(conflicts) =>
          conflicts.length === 0 ? (
            <p className="empty-state">{t('hub.noConflicts')}</p>
          ) : (
            <ul aria-label={t('hub.conflictList')}>
              {conflicts.map((c) => (
                <ConflictItem
                  key={c.conflictId}
                  conflict={c}
                  onResolve={(keep, fields) => void resolve(c, keep, fields)}
                />
              ))}
            </ul>
          )
        }
      </LoadedView>
    </div>
  );
}

function ConflictItem({
  conflict: c,
  onResolve,
}: {
  conflict: SyncConflictItem;
  onResolve(keep: 'hub' | 'local' | 'merge', fields?: Record<string, Side>): void;
}) {
  const { t } = useTranslation();
  const mergeable = !hubSideOnly(c);
  // The hub's side is what the PC holds now: every field starts on it.
  const [choice, setChoice] = useState<Record<string, Side>>(() =>
    Object.fromEntries(c.fields.map((f) => [f.field, 'hub'])),
  );
  const fromHere = c.fields.filter((f) => choice[f.field] === 'local').length;
  return (
    <li data-testid="sync-conflict">
      <p>
        <strong>
          {lookup(`hub.tables.${c.table}`, c.table.replaceAll('_', ' '))} {Object.values(c.key).join('/')}
        </strong>{' '}
        {t('hub.changedHere', {
          who: c.localUserId ?? t('hub.thisPc'),
          when: fmt.moment(c.localAt),
          hub: `${c.hubUserId ?? t('hub.itsOwn')}${c.hubAt ? ` (${fmt.moment(c.hubAt)})` : ''}`,
        })}
        {c.message ? ` ${hubRefusalText(c.message, ruleReader())}` : ''}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('hub.field')}</th>
            <th scope="col">{t('hub.pcColumn')}</th>
            <th scope="col">{t('hub.hubColumn')}</th>
            {mergeable && <th scope="col">{t('sync.merge.keep')}</th>}
          </tr>
        </thead>
        <tbody>
          {c.fields.map((f) => (
            <tr key={f.field}>
              <td>{fieldWords(f.field)}</td>
              <td>{f.local ?? '—'}</td>
              <td>{f.hub ?? '—'}</td>
              {mergeable && (
                <td>
                  <fieldset
                    className="merge-choice"
                    aria-label={t('sync.merge.fieldChoice', { field: fieldWords(f.field) })}
                  >
                    {(['local', 'hub'] as const).map((side) => (
                      <label key={side}>
                        <input
                          type="radio"
                          name={`conflict-${c.conflictId}-${f.field}`}
                          value={side}
                          checked={choice[f.field] === side}
                          onChange={() => setChoice((now) => ({ ...now, [f.field]: side }))}
                        />{' '}
                        {side === 'local' ? t('sync.merge.thisPc') : t('sync.merge.hub')}
                      </label>
                    ))}
                  </fieldset>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {mergeable ? (
        <p className="screen-note" aria-live="polite">
          {t('sync.merge.summary', { local: fromHere, hub: c.fields.length - fromHere })}
        </p>
      ) : (
        <p className="screen-note">{t('sync.merge.onlyHub')}</p>
      )}
      <button type="button" onClick={() => onResolve('hub')}>
        {t('hub.keepHub')}
      </button>
      {mergeable && (
        <>
          <button type="button" onClick={() => onResolve('local')}>
            {t('hub.keepLocal')}
          </button>
          <button type="button" onClick={() => onResolve('merge', choice)}>
            {t('sync.merge.apply')}
          </button>
        </>
      )}
    </li>
  );
}
