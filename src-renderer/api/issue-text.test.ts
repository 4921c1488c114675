import { afterEach, describe, expect, it } from 'vitest';
import { i18next } from '../i18n/i18n';
import { issueText } from './issue-text';

describe("a schema's own check in the user's language", () => {
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  const scheme = { path: 'url', message: 'must start with http:// or https://', code: 'feedUrl.scheme' };
  const folder = {
    path: 'daily_report_folder',
    message: 'must be a full folder path, like D:\\Reports or /srv/reports',
    code: 'folder.notAbsolute',
  };

  it("reads a feed address's and a report folder's refusal in Spanish from their codes", async () => {
    await i18next.changeLanguage('es');
    expect(issueText(scheme)).toBe('debe empezar con http:// o https://');
    expect(issueText(folder)).toBe(
      'debe ser la ruta completa de una carpeta, como D:\\Reports o /srv/reports',
    );
  });

  it("keeps the core's English sentence in English", () => {
    expect(issueText(scheme)).toBe('must start with http:// or https://');
    expect(issueText(folder)).toBe(folder.message);
  });

  it('says what format a username and a reason code must have, in Spanish too', async () => {
    const username = {
      path: 'username',
      message: 'must use letters, digits, . _ - and no spaces',
      code: 'issue.format.username',
    };
    const code = {
      path: 'code',
      message: 'must use capital letters, digits and _ only, like MATERIAL_SHORTAGE',
      code: 'issue.format.listCode',
    };
    expect(issueText(username)).toBe(username.message);
    expect(issueText(code)).toBe(code.message);
    await i18next.changeLanguage('es');
    expect(issueText(username)).toBe('solo puede llevar letras, dígitos, . _ - y ningún espacio');
    expect(issueText(code)).toBe('solo puede llevar mayúsculas, dígitos y _, como MATERIAL_SHORTAGE');
  });
});
