import type { Language } from '../../../src-shared/i18n/locale';

/**
 * The value an option takes, as `--help` names it (`--db FILE`), in Spanish. The option names stay
 * English (they are the contract); these are only the words that stand for what you type. A
 * placeholder that is already a sample or a name (ID, N, URL, es-CR) reads the same in both.
 */
export const PLACEHOLDERS_ES: Readonly<Record<string, string>> = {
  FILE: 'ARCHIVO',
  'F.csv': 'A.csv',
  DATE: 'FECHA',
  USER: 'USUARIO',
  USER_ID: 'ID_USUARIO',
  TABLE: 'TABLA',
  NAME: 'NOMBRE',
  TEXT: 'TEXTO',
  EMAIL: 'CORREO',
  ROLE: 'ROL',
  PORT: 'PUERTO',
  HOST: 'DIRECCIÓN',
  DIR: 'CARPETA',
  BACKUP: 'COPIA',
  KIND: 'TIPO',
  DIM: 'DIMENSIÓN',
  C: 'CLIENTE',
  S: 'TURNO',
  F: 'FORMATO',
  P: 'PAPEL',
  L: 'IDIOMA',
  LOC: 'FORMATO_REGIONAL',
};

/** Placeholders that read the same in Spanish: samples, ids, numbers, a URL. */
export const SAME_IN_SPANISH: ReadonlySet<string> = new Set(['ID', 'N', 'K', 'URL', 'A,B', 'es-CR']);

/** An option's placeholder in the language. */
export function placeholderIn(language: Language, value: string): string {
  return language === 'es' ? (PLACEHOLDERS_ES[value] ?? value) : value;
}
