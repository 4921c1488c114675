import { asLanguage, type Language } from '../../../src-shared/i18n/locale';

/**
 * The CLI's language: `--lang es|en`, else FLOORKPI_LANG, else LANG/LC_ALL (es_* is Spanish), else
 * English. Only words change: `--json` output and file contents are the same in every language.
 */
export function cliLanguage(
  flag: string | null,
  env: Readonly<Record<string, string | undefined>>,
): Language {
  const chosen = asLanguage(flag) ?? asLanguage(env.FLOORKPI_LANG?.slice(0, 2).toLowerCase());
  if (chosen) return chosen;
  const system = env.LC_ALL || env.LANG || '';
  return /^es([_-]|$)/i.test(system) ? 'es' : 'en';
}

/** Takes the global `--lang X` / `--lang=X` out of the arguments: what it says, and the rest. */
export function splitLangFlag(args: readonly string[]): { lang: string | null; rest: string[] } {
  const rest: string[] = [];
  let lang: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--lang') {
      lang = args[i + 1] ?? '';
      i++;
    } else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  return { lang, rest };
}
