/**
 * Words and colours the renderers share: Russian first, English second (`Locale`), level tones,
 * kinds of documents, month names. No document text here — only our own labels.
 */
import type { Locale } from '../core/diagnostic';
import { monthName } from '../core/domain/months';
import type { DocumentKind } from '../core/model';

/** Picks the label for the locale: `inLocale(locale, 'Полнота', 'Completeness')`. */
export function inLocale(locale: Locale, ru: string, en: string): string {
  return locale === 'en' ? en : ru;
}

export type Tone = 'good' | 'warn' | 'bad' | 'none';

/** Efficiency level names come from the document («оптимальный уровень») or the defaults. */
export function levelTone(name: string | undefined): Tone {
  const n = (name ?? '').toLowerCase().replace(/ё/g, 'е');
  if (n.includes('недопуст') || n.includes('низк') || n.includes('критич')) return 'bad';
  if (n.includes('допуст') || n.includes('средн') || n.includes('удовлетвор')) return 'warn';
  if (n.includes('оптимал') || n.includes('высок')) return 'good';
  return 'none';
}

/**
 * Completeness colour. Thresholds are a presentation choice, not a domain rule: 90 % and more reads
 * as done, below 60 % as a document that still lacks whole columns.
 */
export function completenessTone(percent: number): Tone {
  return percent >= 90 ? 'good' : percent >= 60 ? 'warn' : 'bad';
}

/** Colours that read on light and dark backgrounds (WCAG AA for white text on good/bad). */
export const TONE_COLOURS: Record<Tone, { fill: string; text: string }> = {
  good: { fill: '#2e7d32', text: '#ffffff' },
  warn: { fill: '#f2a900', text: '#1d1d1d' },
  bad: { fill: '#c62828', text: '#ffffff' },
  none: { fill: '#6b6b6b', text: '#ffffff' },
};

export function kindLabel(kind: DocumentKind, locale: Locale): string {
  switch (kind) {
    case 'roadmap':
      return inLocale(locale, 'дорожная карта', 'roadmap');
    case 'program':
      return inLocale(locale, 'программа наставничества', 'mentorship programme');
    case 'personal':
      return inLocale(locale, 'персонализированная программа наставничества', 'personalised mentorship programme');
    case 'municipal':
      return inLocale(locale, 'комплекс мер', 'municipal complex of measures');
    case 'other':
      return inLocale(locale, 'другой документ о наставничестве', 'another mentorship document');
    default:
      return inLocale(locale, 'не определён', 'unknown');
  }
}

/** Short month name, month 1–12. */
export function monthShort(month: number, locale: Locale): string {
  return monthName(month, locale, 'short');
}

/** «15 декабря 2025» style date for tooltips. */
export function dateLabel(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return `${d} ${monthShort(m, locale)} ${y}`;
}
