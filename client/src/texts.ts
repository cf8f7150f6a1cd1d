/**
 * The client's own words (status bar, notifications, pickers), Russian first, English second.
 * The language follows `nastavnik.locale`, and with «auto» VS Code's display language.
 */
import * as vscode from 'vscode';

export type Locale = 'ru' | 'en';

export function clientLocale(): Locale {
  const setting = vscode.workspace.getConfiguration('nastavnik').get<string>('locale', 'auto');
  if (setting === 'ru' || setting === 'en') return setting;
  return vscode.env.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** Picks the text for the current locale: `t('Проверка', 'Checking')`. */
export function t(ru: string, en: string): string {
  return clientLocale() === 'ru' ? ru : en;
}

const KINDS: Record<string, [string, string]> = {
  roadmap: ['Дорожная карта', 'Roadmap'],
  program: ['Программа наставничества', 'Mentorship programme'],
  municipal: ['Комплекс мер', 'Municipal plan'],
};
const PROFILES: Record<string, [string, string]> = {
  teachers: ['педагоги', 'teachers'],
  pupils: ['обучающиеся', 'pupils'],
  municipal: ['муниципальный', 'municipal'],
};

export function kindLabel(kind: string): string | undefined {
  const k = KINDS[kind];
  return k ? t(k[0], k[1]) : undefined;
}

export function profileLabel(profile: string | null): string | undefined {
  if (!profile) return undefined;
  const p = PROFILES[profile];
  return p ? t(p[0], p[1]) : profile;
}

/** «1 документ», «3 документа», «5 документов». */
export function documentsRu(n: number): string {
  const tail =
    n % 100 >= 11 && n % 100 <= 14 ? 'документов' : n % 10 === 1 ? 'документ' : n % 10 >= 2 && n % 10 <= 4 ? 'документа' : 'документов';
  return `${n} ${tail}`;
}
