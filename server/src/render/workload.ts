/**
 * Workload per responsible: how many activities each person or role carries, as a bar chart.
 * A person is keyed by «Фамилия И.О.» (however the initials were spaced), a role by its canonical
 * name, anything unrecognised by its text as written. A row counts once per responsible.
 */
import type { Locale } from '../core/diagnostic';
import type { DocumentModel } from '../core/model';
import { ROLES } from '../core/domain/responsible';
import { activityRows } from '../core/rules/table-views';
import { jumpAttrs, lineOf, type RenderDoc } from './context';
import { escapeHtml } from './escape';
import { num } from './markup-values';
import { count, type Noun } from '../core/words';
import { inLocale } from './labels';
import { shorten } from './shorten';

export interface WorkloadEntry {
  name: string;
  kind: 'person' | 'role' | 'other';
  count: number;
  lines: number[];
}

const ROLE_NAMES = new Map(ROLES.map((r) => [r.key, r]));

function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

export function workload(model: DocumentModel, lineAt: (offset: number) => number, locale: Locale): WorkloadEntry[] {
  const byKey = new Map<string, WorkloadEntry>();
  for (const table of model.tables.filter((t) => t.kind === 'roadmap')) {
    for (const row of activityRows(table)) {
      const seen = new Set<string>();
      for (const part of row.responsible?.parts ?? []) {
        let key: string;
        let entry: Omit<WorkloadEntry, 'count' | 'lines'>;
        if (part.person) {
          const initials = part.person.initials.replace(/\s+/g, '');
          key = `p:${part.person.surname.toLowerCase()} ${initials.toLowerCase()}`;
          entry = { name: `${part.person.surname} ${initials}`, kind: 'person' };
        } else if (part.role) {
          const role = ROLE_NAMES.get(part.role);
          key = `r:${part.role}`;
          entry = { name: capitalise(role ? (locale === 'en' ? role.en : role.ru) : part.role), kind: 'role' };
        } else {
          const text = part.text.replace(/\s+/g, ' ').trim();
          if (!text) continue;
          key = `o:${text.toLowerCase().replace(/ё/g, 'е')}`;
          entry = { name: capitalise(text), kind: 'other' };
        }
        if (seen.has(key)) continue;
        seen.add(key);
        const found = byKey.get(key) ?? { ...entry, count: 0, lines: [] };
        found.count++;
        found.lines.push(lineAt(row.span.start));
        byKey.set(key, found);
      }
    }
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'ru'));
}

const MAX_SHOWN = 20;
const ACTIVITY: Noun = {
  ru: { one: 'мероприятие', few: 'мероприятия', many: 'мероприятий' },
  en: { one: 'activity', other: 'activities' },
};
/** Names longer than this are shortened (whole on hover); shorter ones wrap in a narrow panel. */
const NAME_MAX = 48;

export function workloadBlock(doc: RenderDoc, locale: Locale): string {
  const entries = workload(doc.analysis.model, (o) => lineOf(doc, o), locale);
  const title = `<div class="nv-title">${inLocale(locale, 'Нагрузка на ответственных', 'Workload per responsible')}</div>`;
  if (entries.length === 0)
    return (
      `<div class="nv-box nv-workload" data-nv-people="0">${title}<div class="nv-note">` +
      `${inLocale(locale, 'Ответственные не указаны — нагрузку не посчитать.', 'No responsibles given: no workload to show.')}` +
      '</div></div>'
    );
  const shown = entries.slice(0, MAX_SHOWN);
  const max = Math.max(...shown.map((e) => e.count));
  // HTML rows, not one scaled SVG: the names stay at the page's font size at any panel width and
  // wrap when the panel is narrow; only the bar itself is drawn, as a share of its track.
  const rows = shown.map((e) => {
    const share = Math.max(1, (e.count / max) * 100);
    const fill = e.kind === 'person' ? '#3b7dd8' : e.kind === 'role' ? '#2e9e6b' : '#8a8a8a';
    const what = count(e.count, ACTIVITY, locale);
    const tip = `${e.name}: ${what}\n${inLocale(locale, 'Строки', 'Lines')}: ${e.lines.map((l) => l + 1).join(', ')}`;
    return (
      `<div class="nv-wbar" ${jumpAttrs(doc, e.lines[0]!, locale)} data-lines="${e.lines.join(',')}" ` +
      `data-count="${e.count}" data-name="${escapeHtml(e.name)}" title="${escapeHtml(tip)}">` +
      `<span class="nv-wname">${escapeHtml(shorten(e.name, NAME_MAX))}</span>` +
      '<svg class="nv-wtrack" xmlns="http://www.w3.org/2000/svg" width="100%" height="16" aria-hidden="true"><rect ' +
      `class="nv-wfill" x="0" y="1" width="${num(share)}%" height="14" rx="3" fill="${fill}"/></svg>` +
      `<span class="nv-wcount">${e.count}</span></div>`
    );
  });
  const legend = inLocale(
    locale,
    '<span class="nv-key nv-key-person"></span> человек <span class="nv-key nv-key-role"></span> ' +
      'должность или группа <span class="nv-key nv-key-other"></span> не распознано',
    '<span class="nv-key nv-key-person"></span> person <span class="nv-key nv-key-role"></span> ' +
      'role or group <span class="nv-key nv-key-other"></span> not recognised',
  );
  const more =
    entries.length > shown.length
      ? '<div class="nv-note">' +
        inLocale(
          locale,
          `И ещё ${entries.length - shown.length}: у них меньше мероприятий.`,
          `${entries.length - shown.length} more with fewer activities.`,
        ) +
        '</div>'
      : '';
  return (
    `<div class="nv-box nv-workload" data-nv-people="${entries.length}">${title}` +
    `<div class="nv-sub">${inLocale(locale, 'Сколько мероприятий дорожной карты у каждого', 'Activities of the roadmap per person or role')}. ${legend}</div>` +
    '<div class="nv-workload-chart" role="group" aria-label="' +
    `${escapeHtml(inLocale(locale, 'Нагрузка на ответственных', 'Workload per responsible'))}">${rows.join('')}</div>${more}</div>`
  );
}
