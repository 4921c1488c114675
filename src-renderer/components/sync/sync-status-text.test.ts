import { afterEach, describe, expect, it } from 'vitest';
import type { SyncStatusView } from '../../../src-shared/contract/sync';
import { useLocaleStore } from '../../i18n/locale-store';
import { syncStatusText } from './sync-status-text';

const base: SyncStatusView = {
  enrolled: true,
  hubUrl: 'http://hub:8470',
  username: 'ana',
  deviceId: 'D-1',
  lastSuccessAt: '2026-03-02T10:42:07Z',
  unreachableSince: null,
  lastError: null,
  lastErrorCode: null,
  waiting: 3,
  openConflicts: 0,
  pulling: null,
};

describe('the footer sync line', () => {
  afterEach(() => useLocaleStore.getState().apply({ language: 'en', regionalFormat: 'en-US' }));

  it('says when the PC last synced and what waits', () => {
    expect(syncStatusText(base, 'UTC')).toBe('Synced 10:42\u00a0AM · 3 changes waiting');
    expect(syncStatusText({ ...base, waiting: 1, openConflicts: 2 }, 'UTC')).toBe(
      'Synced 10:42\u00a0AM · 1 change waiting · 2 conflicts to resolve',
    );
  });

  it('says how many rows a running first sync has received, in the user’s numbers', () => {
    expect(syncStatusText({ ...base, pulling: 120000 }, 'UTC')).toBe(
      'Receiving from the hub: 120,000 rows so far · 3 changes waiting',
    );
    useLocaleStore.getState().apply({ language: 'es', regionalFormat: 'es-CR' });
    expect(syncStatusText({ ...base, pulling: 120000, waiting: 0 }, 'UTC')).toMatch(
      /^Recibiendo del servidor de planta: 120.000 filas hasta ahora/,
    );
  });

  it('says since when the hub has not answered', () => {
    expect(
      syncStatusText(
        { ...base, unreachableSince: '2026-03-02T09:15:00Z', lastError: 'no answer', waiting: 212 },
        'UTC',
      ),
    ).toBe('Hub unreachable since 9:15\u00a0AM · 212 changes waiting');
  });

  it('shows nothing on a PC that is not connected, and the hub’s complaint when it refused', () => {
    expect(syncStatusText({ ...base, enrolled: false })).toBeNull();
    expect(syncStatusText({ ...base, lastError: 'Enrol this PC again.' }, 'UTC')).toBe(
      'Sync failed: Enrol this PC again. · 3 changes waiting',
    );
  });

  it('speaks Spanish on a 24-hour clock where the user chose it', () => {
    useLocaleStore.getState().apply({ language: 'es', regionalFormat: 'es-MX' });
    expect(syncStatusText({ ...base, waiting: 1, openConflicts: 2 }, 'UTC')).toBe(
      'Sincronizado 10:42 · 1 cambio en espera · 2 conflictos por resolver',
    );
    expect(syncStatusText({ ...base, unreachableSince: '2026-03-02T09:15:00Z', waiting: 212 }, 'UTC')).toBe(
      'Sin respuesta del servidor de planta desde las 09:15 · 212 cambios en espera',
    );
    expect(
      syncStatusText(
        { ...base, lastError: 'This PC was revoked on 2026-03-01.', lastErrorCode: 'DEVICE_REVOKED' },
        'UTC',
      ),
    ).toBe(
      'La sincronización falló: Un administrador quitó este equipo del servidor: vuelva a inscribirlo para sincronizar. · 3 cambios en espera',
    );
  });
});
