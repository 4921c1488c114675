import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Loaded } from './use-load';

/** Shows a load's state in plain words: loading, why it failed, or the data (`what`, translated: "the users"). */
export function LoadedView<T>({
  loaded,
  what,
  children,
}: {
  loaded: Loaded<T>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (loaded.kind === 'loading') return <p role="status">{t('recordForm.loadingWhat', { what })}</p>;
  if (loaded.kind === 'failed') {
    return (
      <p className="form-error" role="alert">
        {t('recordForm.loadFailed', { what, message: loaded.message })}
      </p>
    );
  }
  return <>{children(loaded.data)}</>;
}
