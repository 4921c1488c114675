import { clientSpec } from '../../../src-shared/tables/specs/client';
import type { DefectTemplateName } from '../../db/defect-templates';
import type { Row, ScopedStore } from '../../tenancy/scoped-store';

/**
 * Creates a client with everything a plant expects on day one: shift calendar, KPI targets,
 * downtime/hold/absence lists and a defect catalogue (DATA.md: "a client created by import gets
 * the default lists, shift calendar and targets"). One transaction: no half-made client.
 */
export function createClient(store: ScopedStore, values: Row, defectTemplate?: DefectTemplateName): Row {
  return store.transaction(() => {
    const client = store.create(clientSpec, values);
    store.seedClientDefaults(String(client.client_id), defectTemplate);
    return client;
  });
}
