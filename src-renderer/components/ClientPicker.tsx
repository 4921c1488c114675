import { useTranslation } from 'react-i18next';
import type { Me } from '../../src-shared/contract/auth';
import { choiceLabel, clientOptions, isClientFixed } from '../stores/client-choice';
import { useScopeStore } from '../stores/scope-store';
import { confirmScopeChange } from '../stores/unsaved-store';

// A <select> value is a string; client ids are never empty, so '' can stand for "All clients".
const ALL_VALUE = '';

/** The client every screen shows: a picker, or plain text when the user has only one option. */
export function ClientPicker({ me }: { me: Me }) {
  const client = useScopeStore((s) => s.client);
  const pickClient = useScopeStore((s) => s.pickClient);
  const { t } = useTranslation();

  if (isClientFixed(me)) {
    // Plain text, not a one-option control: there is nothing to choose and nothing to tab to.
    return (
      <p className="scope-field">
        <span className="scope-label">{t('scope.client')}</span>
        <span className="scope-value" data-testid="client-fixed">
          {choiceLabel(me, client)}
        </span>
      </p>
    );
  }
  return (
    <div className="scope-field">
      <label className="scope-label" htmlFor="client-picker">
        {t('scope.client')}
      </label>
      <select
        id="client-picker"
        value={client ?? ALL_VALUE}
        onChange={(event) => {
          const next = event.target.value === ALL_VALUE ? null : event.target.value;
          // Unsaved rows stay with their client: say so before the screens move to another.
          if (confirmScopeChange(choiceLabel(me, next))) pickClient(next);
        }}
      >
        {clientOptions(me).map((option) => (
          <option key={option.value ?? ALL_VALUE} value={option.value ?? ALL_VALUE}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
