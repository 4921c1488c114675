import { describe, expect, it } from 'vitest';
import { hubRefusalText, syncFailureText } from './hub-failure-text';

const en = { language: 'en', format: null } as const;
const es = { language: 'es', format: null } as const;

describe('a failed connect or sync round, for its reader', () => {
  it("keeps the core's English sentence for an English reader", () => {
    const failure = { code: 'DEVICE_REVOKED', message: "This PC's enrolment was revoked on 2026-03-01." };
    expect(syncFailureText(failure, 'sync', en)).toBe(failure.message);
  });

  it('words the hub’s code in Spanish, a wrong password apart from a PC the hub does not know', () => {
    const wrong = { code: 'UNAUTHENTICATED', message: 'Wrong username or password.' };
    expect(syncFailureText(wrong, 'join', es)).toBe(
      'Usuario o contraseña incorrectos en el servidor de planta.',
    );
    expect(syncFailureText(wrong, 'sync', es)).toBe(
      'El servidor no reconoce la inscripción de este equipo: vuelva a inscribirlo.',
    );
    expect(syncFailureText({ code: 'UNREACHABLE', message: 'fetch failed' }, 'join', es)).toMatch(
      /^El servidor de planta no respondió/,
    );
    expect(
      syncFailureText(
        { code: 'MUTATION_GAP', message: 'The hub has no record of mutations 1..40.' },
        'sync',
        es,
      ),
    ).toMatch(/vuelva a inscribirlo; no se pierde nada\.$/);
  });

  it('says a connect whose first round failed connected, and why the round stopped', () => {
    const failure = {
      code: 'USERNAME_CONFLICT',
      message:
        'Connected; the first sync did not finish: The user name "admin" is on the hub under another id.',
      connected: true,
    };
    expect(syncFailureText(failure, 'join', es)).toBe(
      'Conectado; la primera sincronización no terminó: Un usuario de este equipo tiene el mismo nombre que otro del servidor: resuélvalo en Conflictos; la sincronización espera hasta entonces.',
    );
  });

  it('says the hub answered with an error, and its sentence, for a code without words', () => {
    expect(syncFailureText({ code: 'BAD_REQUEST', message: 'The request is too large.' }, 'sync', es)).toBe(
      'El servidor de planta respondió con un error: The request is too large.',
    );
  });
});

describe('why the hub refused a change, in a conflict', () => {
  it("keeps the hub's sentence for an English reader", () => {
    expect(hubRefusalText('VALIDATION: planned_quantity: must be 1 or more.', en)).toBe(
      'VALIDATION: planned_quantity: must be 1 or more.',
    );
  });

  it('words the refusal in Spanish and keeps what the hub named', () => {
    expect(hubRefusalText('FORBIDDEN: Client APPAREL-B is not one of this PC’s clients.', es)).toBe(
      'El servidor lo rechazó: este equipo o su usuario no tienen permiso (Client APPAREL-B is not one of this PC’s clients).',
    );
    expect(hubRefusalText('REFERENCE: work_order_id: no work order WO-9 on the hub', es)).toMatch(
      /^El servidor lo rechazó: falta en el servidor un registro al que se refiere \(work_order_id: no work order WO-9/,
    );
    // Not a refusal code the hub sends: shown as it came.
    expect(hubRefusalText('SOMETHING: else', es)).toBe('SOMETHING: else');
  });
});
