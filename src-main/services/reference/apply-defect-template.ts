import type { DefectTemplateName } from '../../../src-shared/domain/defect-template-names';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { defectCatalogue } from '../../db/reference-defaults';
import type { ScopedStore } from '../../tenancy/scoped-store';

/** Adds an industry template's defect codes that the client does not have yet; returns how many. */
export function applyDefectTemplate(
  store: ScopedStore,
  clientId: string,
  template: DefectTemplateName,
): number {
  const spec = TABLE_SPECS.defect_type;
  // Refuse before looking: "nothing to add" must not answer a role that may not add at all.
  store.assertMay(spec, 'create');
  return store.transaction(() => {
    const existing = new Set(
      store
        .list(spec, { clientIds: [clientId], limit: 1000, offset: 0 })
        .rows.map((r) => String(r.defect_code)),
    );
    let added = 0;
    for (const row of defectCatalogue(template)) {
      if (existing.has(row.defect_code)) continue;
      store.create(spec, { ...row, client_id: clientId });
      added += 1;
    }
    return added;
  });
}
