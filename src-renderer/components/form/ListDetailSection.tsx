import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionHead } from './SectionHead';

export interface ListDetailSectionProps {
  /** The catalogue section of its words (title, new, details) and the heading's id. */
  words: 'clients' | 'users';
  onNew: () => void;
  /** The status note of the last action. */
  note: string | null;
  list: ReactNode;
  details: ReactNode;
}

/** An admin list beside the panel of the record picked in it (or of a new one), under one heading. */
export function ListDetailSection({ words, onNew, note, list, details }: ListDetailSectionProps) {
  const { t } = useTranslation();
  const id = `admin-${words}-title`;
  return (
    <section aria-labelledby={id} className="admin-section">
      <SectionHead
        id={id}
        title={t(`${words}.title`)}
        newLabel={t(`${words}.new`)}
        note={note}
        onNew={onNew}
      />
      <div className="screen-split">
        <div>{list}</div>
        <aside aria-label={t(`${words}.details`)} className="side-panel">
          {details}
        </aside>
      </div>
    </section>
  );
}
