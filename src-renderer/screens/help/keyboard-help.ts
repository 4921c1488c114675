import { i18next } from '../../i18n/i18n';

/** The keys of the app, as the Help screen lists them: where they work, the key, what it does. */
export interface KeyHelp {
  keys: string;
  does: string;
}

type KeyName = keyof typeof import('../../i18n/en/help').help.help.keys;
type Does = keyof typeof import('../../i18n/en/help').help.help.does;
type Where = keyof typeof import('../../i18n/en/help').help.help.where;

// Where each key works, the key's name and what it does there (the words are in the catalogue).
const GROUPS: readonly { where: Where; keys: readonly [KeyName, Does][] }[] = [
  {
    where: 'anywhere',
    keys: [
      ['f1', 'f1'],
      ['ctrlP', 'ctrlP'],
      ['tab', 'tab'],
    ],
  },
  {
    where: 'grids',
    keys: [
      ['type', 'type'],
      ['enter', 'enter'],
      ['f2', 'f2'],
      ['moveCells', 'moveCells'],
      ['homeEnd', 'homeEnd'],
      ['esc', 'esc'],
      ['del', 'del'],
      ['ctrlDel', 'ctrlDel'],
      ['ctrlEnter', 'ctrlEnter'],
      ['copyPaste', 'copyPaste'],
      ['upDown', 'upDown'],
    ],
  },
  {
    where: 'dashboard',
    keys: [
      ['enterCard', 'enterCard'],
      ['esc', 'escCard'],
    ],
  },
];

/** The keyboard table in the current language. */
export function keyHelp(): readonly { where: string; keys: readonly KeyHelp[] }[] {
  return GROUPS.map((group) => ({
    where: i18next.t(`help.where.${group.where}`),
    keys: group.keys.map(([key, does]) => ({
      keys: i18next.t(`help.keys.${key}`),
      does: i18next.t(`help.does.${does}`),
    })),
  }));
}
