import { describe, expect, it } from 'vitest';
import { cliText } from './cli-words';
import { hubFailureText, hubRefusalText } from './hub-failure-text';

describe('the command line says why syncing failed', () => {
  it("keeps the core's English sentence in English", () => {
    const failure = { code: 'DEVICE_REVOKED', message: "This PC's enrolment was revoked on 2026-03-01." };
    expect(hubFailureText(failure, 'sync', cliText('en'))).toBe(failure.message);
  });

  it('words the hub’s code in Spanish, a wrong password apart from a PC the hub does not know', () => {
    const es = cliText('es');
    const wrong = { code: 'UNAUTHENTICATED', message: 'Wrong username or password.' };
    expect(hubFailureText(wrong, 'join', es)).toBe(
      'Usuario o contraseña incorrectos en el servidor de planta.',
    );
    expect(hubFailureText(wrong, 'sync', es)).toBe(
      'El servidor no reconoce la inscripción de este equipo: vuelva a inscribirlo.',
    );
    expect(hubFailureText({ code: 'PROTOCOL_MISMATCH', message: 'x' }, 'sync', es)).toMatch(
      /actualice la más antigua/,
    );
    expect(hubFailureText({ code: 'BAD_REQUEST', message: 'The request is too large.' }, 'sync', es)).toBe(
      'El servidor de planta respondió con un error: The request is too large.',
    );
  });

  it("words a refused change's code in Spanish and keeps what the hub named", () => {
    expect(hubRefusalText('VALIDATION: planned_quantity: must be 1 or more.', cliText('es'))).toBe(
      'El servidor lo rechazó: un valor no es válido (planned_quantity: must be 1 or more).',
    );
    expect(hubRefusalText('VALIDATION: planned_quantity: must be 1 or more.', cliText('en'))).toBe(
      'VALIDATION: planned_quantity: must be 1 or more.',
    );
  });
});
