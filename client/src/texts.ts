/**
 * The client's own words (status bar, notifications, pickers), Russian first, English second.
 * The language is chosen as the server chooses it (server/src/environment/locale.ts): `nastavnik.locale`,
 * then NASTAVNIK_LOCALE, then VS Code's display language, then the system's. These words are about no
 * one document, so no `.nastavnik.json` takes part.
 */
import * as vscode from 'vscode';
import { countRu } from '../../server/src/core/words';
import { chooseLocale } from '../../server/src/environment/locale';

export type Locale = 'ru' | 'en';

export function clientLocale(): Locale {
  const setting = vscode.workspace.getConfiguration('nastavnik').get<string>('locale', 'auto');
  return chooseLocale({ setting, editor: vscode.env.language });
}

/** Picks the text for the current locale: `inClientLocale('Проверка', 'Checking')`. */
export function inClientLocale(ru: string, en: string): string {
  return clientLocale() === 'ru' ? ru : en;
}

const KINDS: Record<string, [string, string]> = {
  roadmap: ['Дорожная карта', 'Roadmap'],
  program: ['Программа наставничества', 'Mentorship programme'],
  municipal: ['Комплекс мер', 'Municipal plan'],
  personal: ['Персонализированная программа', 'Personalised programme'],
};
const PROFILES: Record<string, [string, string]> = {
  teachers: ['педагоги', 'teachers'],
  pupils: ['обучающиеся', 'pupils'],
  municipal: ['муниципальный', 'municipal'],
};

export function kindLabel(kind: string): string | undefined {
  const k = KINDS[kind];
  return k ? inClientLocale(k[0], k[1]) : undefined;
}

export function profileLabel(profile: string | null): string | undefined {
  if (!profile) return undefined;
  const p = PROFILES[profile];
  return p ? inClientLocale(p[0], p[1]) : profile;
}

/** «1 документ», «3 документа», «5 документов». */
export function documentsRu(n: number): string {
  return countRu(n, 'документ', 'документа', 'документов');
}
