import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../i18n/locale-store';
import { refusalText } from './refusal-text';

describe('why the hub refused a change, in a conflict', () => {
  afterEach(() => useLocaleStore.getState().apply({ language: 'en', regionalFormat: 'en-US' }));

  it("keeps the hub's sentence for an English reader", () => {
    expect(refusalText('FORBIDDEN: Client APPAREL-B is not one of this PC’s clients.')).toBe(
      'FORBIDDEN: Client APPAREL-B is not one of this PC’s clients.',
    );
  });

  it('words the refusal in Spanish and keeps what the hub named', () => {
    useLocaleStore.getState().apply({ language: 'es', regionalFormat: 'es-MX' });
    expect(refusalText('FORBIDDEN: Client APPAREL-B is not one of this PC’s clients.')).toBe(
      'El servidor lo rechazó: este equipo o su usuario no tienen permiso (Client APPAREL-B is not one of this PC’s clients).',
    );
    expect(refusalText('REFERENCE: work_order_id: no work order WO-9 on the hub')).toMatch(
      /^El servidor lo rechazó: falta en el servidor un registro al que se refiere \(work_order_id: no work order WO-9/,
    );
    // Not a refusal code the hub sends: shown as it came.
    expect(refusalText('SOMETHING: else')).toBe('SOMETHING: else');
  });
});
