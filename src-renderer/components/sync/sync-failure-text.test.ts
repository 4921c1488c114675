import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../i18n/locale-store';
import { syncFailureText } from './sync-failure-text';

const spanish = () => useLocaleStore.getState().apply({ language: 'es', regionalFormat: 'es-CR' });

describe('a failed connect or sync round, as the user reads it', () => {
  afterEach(() => useLocaleStore.getState().apply({ language: 'en', regionalFormat: 'en-US' }));

  it("keeps the core's English sentence for an English reader", () => {
    const locked = {
      code: 'LOCKED',
      message: 'Too many wrong passwords: ana is locked for 14 more minute(s).',
    };
    expect(syncFailureText(locked, 'join')).toBe(locked.message);
  });

  it('words the hub’s code in Spanish, a wrong password apart from a PC the hub does not know', () => {
    spanish();
    const unknown = { code: 'UNAUTHENTICATED', message: 'Wrong username or password.' };
    expect(syncFailureText(unknown, 'join')).toBe(
      'Usuario o contraseña incorrectos en el servidor de planta.',
    );
    expect(syncFailureText(unknown, 'sync')).toBe(
      'El servidor no reconoce la inscripción de este equipo: vuelva a inscribirlo.',
    );
    expect(syncFailureText({ code: 'UNREACHABLE', message: 'fetch failed' }, 'join')).toMatch(
      /^El servidor de planta no respondió/,
    );
    expect(
      syncFailureText({ code: 'MUTATION_GAP', message: 'The hub has no record of mutations 1..40.' }, 'sync'),
    ).toMatch(/vuelva a inscribirlo; no se pierde nada\.$/);
  });

  it('says a connect whose first round failed connected, and why the round stopped', () => {
    spanish();
    const failure = {
      code: 'USERNAME_CONFLICT',
      message:
        'Connected; the first sync did not finish: The user name "admin" is on the hub under another id.',
      connected: true,
    };
    expect(syncFailureText(failure, 'join')).toBe(
      'Conectado; la primera sincronización no terminó: Un usuario de este equipo tiene el mismo nombre que otro del servidor: resuélvalo en Conflictos; la sincronización espera hasta entonces.',
    );
  });

  it('says the hub refused, with its sentence, for a code it has no words for', () => {
    spanish();
    expect(syncFailureText({ code: 'BAD_REQUEST', message: 'The request is too large.' }, 'sync')).toBe(
      'El servidor de planta respondió con un error: The request is too large.',
    );
  });
});
