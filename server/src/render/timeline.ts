/**
 * The timeline of a roadmap table: a Gantt-like SVG, one lane per activity grouped by stage, over
 * the months of the document period. Fixed deadlines are solid bars; vague ones («в течение
 * учебного года», «постоянно») are hatched, faded bars over the whole period; recurring ones
 * («март, июнь, сентябрь, декабрь») are ticks; a red line marks today (passed in, so tests are
 * deterministic). Intervals come from the core's deadline parser — nothing is re-read here.
 */
import type { Interval, IsoDate, Period } from '../core/domain/dates';
import type { Locale } from '../core/diagnostic';
import type { Table } from '../core/model';
import { activityRows } from '../core/rules/table-views';
import { jumpAttrs, lineOf, type RenderDoc } from './context';
import { escapeHtml } from './escape';
import { num } from './markup-values';
import { dateLabel, monthShort, inLocale } from './labels';
import { fitWidth, textWidth } from './shorten';

export type SegmentKind = 'fixed' | 'vague' | 'recurring';
export interface TimelineSegment {
  start: IsoDate;
  end: IsoDate;
  kind: SegmentKind;
}
export interface TimelineLane {
  row: number;
  line: number;
  number?: string;
  label: string;
  deadline: string;
  segments: TimelineSegment[];
}
export interface TimelineGroup {
  title: string;
  line: number;
  lanes: TimelineLane[];
}
export interface TimelineData {
  table: number;
  /** First day of the first month and last day of the last month drawn. */
  axisStart: IsoDate;
  axisEnd: IsoDate;
  period?: Period;
  groups: TimelineGroup[];
  /** Lanes with at least one drawn segment. */
  bars: number;
  lanes: number;
  /** Segments cut away because the axis is capped (very long periods). */
  clipped: number;
}

/** More months than this would make the bars unreadably thin. */
const MAX_MONTHS = 72;

const DAY = 86_400_000;
const dayNum = (d: IsoDate): number => {
  const [y, m, dd] = d.split('-').map(Number);
  return Math.round(Date.UTC(y!, (m ?? 1) - 1, dd ?? 1) / DAY);
};
const fromDayNum = (n: number): IsoDate => new Date(n * DAY).toISOString().slice(0, 10);
const ym = (d: IsoDate) => ({ y: Number(d.slice(0, 4)), m: Number(d.slice(5, 7)) });
const monthIndex = (d: IsoDate) => ym(d).y * 12 + ym(d).m - 1;
const monthStartOf = (index: number): IsoDate =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
const monthEndOf = (index: number): IsoDate => fromDayNum(dayNum(monthStartOf(index + 1)) - 1);

function segmentKind(i: Interval): SegmentKind {
  if (i.vague) return 'vague';
  return i.recurring ? 'recurring' : 'fixed';
}

export function timelineData(doc: RenderDoc, table: Table): TimelineData {
  const period = doc.analysis.model.meta.period;
  const groups: TimelineGroup[] = [];
  for (const row of activityRows(table)) {
    const title = (row.stage?.text ?? '').split('\n')[0]!.trim();
    let group = groups[groups.length - 1];
    if (!group || group.title !== title) {
      group = { title, line: lineOf(doc, row.span.start), lanes: [] };
      groups.push(group);
    }
    const segments = (row.deadline?.parsed.intervals ?? []).map((i) => ({ start: i.start, end: i.end, kind: segmentKind(i) }));
    group.lanes.push({
      row: row.index,
      line: lineOf(doc, row.span.start),
      number: row.number,
      label: (row.activity?.text ?? '').replace(/\s+/g, ' ').trim(),
      deadline: (row.deadline?.cell.text ?? '').replace(/\s+/g, ' ').trim(),
      segments,
    });
  }
  const all = groups.flatMap((g) => g.lanes.flatMap((l) => l.segments));
  const starts = all.map((s) => monthIndex(s.start));
  const ends = all.map((s) => monthIndex(s.end));
  if (period) {
    starts.push(monthIndex(period.start));
    ends.push(monthIndex(period.end));
  }
  let first = starts.length ? Math.min(...starts) : monthIndex('2000-01-01');
  let last = ends.length ? Math.max(...ends) : first;
  if (last - first + 1 > MAX_MONTHS) {
    // Keep the period (or the start of the plan) in view; what lies beyond is counted, not drawn.
    first = period ? monthIndex(period.start) : first;
    last = Math.min(period ? monthIndex(period.end) : last, first + MAX_MONTHS - 1);
  }
  const axisStart = monthStartOf(first);
  const axisEnd = monthEndOf(last);
  let clipped = 0;
  for (const g of groups) {
    for (const lane of g.lanes) {
      const kept: TimelineSegment[] = [];
      for (const s of lane.segments) {
        if (s.end < axisStart || s.start > axisEnd) {
          clipped++;
          continue;
        }
        kept.push({ ...s, start: s.start < axisStart ? axisStart : s.start, end: s.end > axisEnd ? axisEnd : s.end });
      }
      lane.segments = kept;
    }
  }
  const lanes = groups.flatMap((g) => g.lanes);
  return {
    table: table.index,
    axisStart,
    axisEnd,
    period,
    groups,
    bars: lanes.filter((l) => l.segments.length > 0).length,
    lanes: lanes.length,
    clipped,
  };
}

const PALETTE = ['#3b7dd8', '#2e9e6b', '#8e5cc7', '#d9822b', '#c2417a', '#1b9aaa', '#7a8b2e', '#a0522d'];
const TODAY_COLOUR = '#d32f2f';

export interface TimelineOptions {
  locale: Locale;
  /** ISO date of today; the marker is drawn when it falls on the axis. */
  today?: IsoDate;
  /** Unique per page: pattern ids must not collide when a page holds several timelines. */
  idPrefix: string;
}

/**
 * Layout in pixels. The SVG is drawn at its natural size and never scaled down (a side panel of
 * 350 px would shrink 12 px text to 4 px). Two layouts: «wide» puts the labels in a column left of
 * the bars; «narrow» (a side panel) puts each label above its bar, so the chart needs only the
 * width of the months. A panel narrower than the chart scrolls it sideways (`.nv-chart-scroll`).
 * Text is 11 px at the least; labels are fitted to their room with «…» and whole in the tooltip.
 */
export type TimelineLayout = 'wide' | 'narrow';

/** The wide label column grows with the labels, up to a width that leaves the months their room. */
const LABEL_MIN = 220;
const LABEL_MAX = 340;
const LEFT_PAD = 16;
const RIGHT_PAD = 14;
const HEAD_H = 40;
const GROUP_H = 24;
/** The band a bar is drawn in; a narrow lane adds a line of label above it. */
const LANE_H = 21;
const NARROW_LABEL_H = 15;
/** Narrow labels stay within what a 350 px panel shows without scrolling. */
const NARROW_TEXT_MAX = 300;
const FONT = 12;
const SMALL_FONT = 11;
const LEGEND_ROW_H = 20;

/** Months per label and the plot width: every month label keeps room for its 11 px text. */
function axisLayout(months: number, layout: TimelineLayout): { step: number; plotW: number } {
  const step = months <= 15 ? 1 : months <= 36 ? 3 : 12;
  if (layout === 'narrow') return { step, plotW: Math.max(300, months * (step === 1 ? 26 : step === 3 ? 10 : 6)) };
  return { step, plotW: Math.max(600, months * (step === 1 ? 40 : step === 3 ? 18 : 10)) };
}

export function timelineSvg(data: TimelineData, doc: RenderDoc, options: TimelineOptions, layout: TimelineLayout = 'wide'): string {
  const { locale } = options;
  const narrow = layout === 'narrow';
  const id = `${options.idPrefix.replace(/[^A-Za-z0-9_-]/g, '')}${narrow ? '-n' : ''}`;
  const a0 = dayNum(data.axisStart);
  const a1 = dayNum(data.axisEnd) + 1;
  const m0 = monthIndex(data.axisStart);
  const m1 = monthIndex(data.axisEnd);
  const { step, plotW: PLOT_W } = axisLayout(m1 - m0 + 1, layout);
  const laneText = (lane: TimelineLane) => `${lane.number ? `${lane.number} ` : ''}${lane.label}`;
  const widest = Math.max(0, ...data.groups.flatMap((g) => g.lanes.map((l) => textWidth(laneText(l), FONT))));
  const LABEL_W = narrow ? 0 : Math.round(Math.min(LABEL_MAX, Math.max(LABEL_MIN, widest + 24)));
  const PLOT_X = narrow ? LEFT_PAD : LABEL_W + 12;
  const laneH = narrow ? NARROW_LABEL_H + LANE_H : LANE_H;
  const W = PLOT_X + PLOT_W + RIGHT_PAD;
  const x = (d: IsoDate, endOfDay = false) => PLOT_X + ((dayNum(d) + (endOfDay ? 1 : 0) - a0) / (a1 - a0)) * PLOT_W;
  const rowsH = data.groups.reduce((h, g) => h + (g.title ? GROUP_H : 0) + g.lanes.length * laneH, 0);
  const plotBottom = HEAD_H + rowsH;
  const legend = legendSvg(plotBottom + 26, id, locale, data, W);
  const H = plotBottom + 26 + legend.height + 6;
  const out: string[] = [];
  const aria = inLocale(
    locale,
    `План по времени: ${data.bars} из ${data.lanes} мероприятий со сроком`,
    `Timeline: ${data.bars} of ${data.lanes} activities with a deadline`,
  );
  out.push(
    `<svg class="${narrow ? 'nv-timeline-narrow' : 'nv-timeline'}" xmlns="http://www.w3.org/2000/svg" ` +
      `viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(aria)}" ` +
      `data-nv-bars="${data.bars}" data-nv-lanes="${data.lanes}" data-nv-table="${data.table}" font-size="${FONT}">`,
  );
  out.push(
    `<defs><pattern id="${id}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" ` +
      'patternTransform="rotate(45)"><rect width="2.5" height="6" fill="#555" fill-opacity="0.45"/></pattern><clipPath ' +
      `id="${id}-labels"><rect x="0" y="0" width="${narrow ? W : LABEL_W + 4}" height="${H}"/></clipPath></defs>`,
  );
  if (data.period) {
    const px0 = Math.max(PLOT_X, x(data.period.start));
    const px1 = Math.min(PLOT_X + PLOT_W, x(data.period.end, true));
    if (px1 > px0)
      out.push(
        `<rect class="nv-period" x="${num(px0)}" y="${HEAD_H - 4}" width="${num(px1 - px0)}" height="${num(rowsH + 8)}" ` +
          'fill="#3b7dd8" fill-opacity="0.07"><title>' +
          `${escapeHtml(inLocale(locale, `Период документа: ${data.period.text}`, `Document period: ${data.period.text}`))}` +
          '</title></rect>',
      );
  }
  // Months: grid lines and labels. A label that would touch the previous one is left out.
  let monthRight = -Infinity;
  let yearRight = -Infinity;
  for (let m = m0; m <= m1 + 1; m++) {
    const gx = x(monthStartOf(m));
    const isYear = m % 12 === 0;
    out.push(
      `<line x1="${num(gx)}" y1="${HEAD_H - 4}" x2="${num(gx)}" y2="${plotBottom + 4}" stroke="currentColor" stroke-opacity="${isYear ? 0.35 : 0.12}"/>`,
    );
    if (m > m1) break;
    const wMonth = x(monthStartOf(m + 1)) - gx;
    if ((m - m0) % step === 0 || (step > 1 && isYear && step < 12)) {
      const label = step === 12 ? String(Math.floor(m / 12)) : monthShort((m % 12) + 1, locale);
      const lw = textWidth(label, SMALL_FONT);
      const lx = step === 12 ? gx + 4 : gx + wMonth / 2;
      const left = step === 12 ? lx : lx - lw / 2;
      if (left >= monthRight + 4) {
        out.push(
          `<text x="${num(lx)}" y="${HEAD_H - 10}" text-anchor="${step === 12 ? 'start' : 'middle'}" ` +
            `fill="currentColor" fill-opacity="0.8" font-size="${SMALL_FONT}">${label}</text>`,
        );
        monthRight = left + lw;
      }
    }
    if (step < 12 && (isYear || m === m0)) {
      const label = String(Math.floor(m / 12));
      const lw = textWidth(label, FONT, true);
      // The first month's year is left out when January follows too closely to fit both.
      const nextYear = x(monthStartOf(m + (12 - (m % 12))));
      if (gx + 3 >= yearRight + 6 && (isYear || nextYear - gx >= lw + 10)) {
        out.push(`<text x="${num(gx + 3)}" y="13" fill="currentColor" font-weight="600" font-size="${FONT}">${label}</text>`);
        yearRight = gx + 3 + lw;
      }
    }
  }
  let y = HEAD_H;
  let laneNo = 0;
  data.groups.forEach((group, gi) => {
    const colour = PALETTE[gi % PALETTE.length]!;
    if (group.title) {
      const titleRoom = narrow ? Math.min(W - RIGHT_PAD, NARROW_TEXT_MAX) : W - RIGHT_PAD;
      const title = fitWidth(group.title, titleRoom - 16, FONT, true);
      out.push(
        `<g class="nv-stage" ${jumpAttrs(doc, group.line, locale)}><rect class="nv-hit" x="0" y="${y}" width="${W}" ` +
          `height="${GROUP_H}" fill="transparent"/><rect x="0" y="${y + 3}" width="10" height="14" rx="2" fill="${colour}"/><text ` +
          `class="nv-label" x="16" y="${y + 15}" font-weight="600" fill="currentColor" data-nv-room="` +
          `${titleRoom}">${escapeHtml(title)}</text><title>${escapeHtml(group.title)}</title></g>`,
      );
      y += GROUP_H;
    }
    for (const lane of group.lanes) {
      // Narrow: the label on its own line, the bar band below it.
      const band = narrow ? y + NARROW_LABEL_H : y;
      const cy = band + LANE_H / 2;
      const cls = `${narrow ? 'nv-nlane' : 'nv-lane'} ${lane.segments.length ? 'nv-has-bar' : 'nv-no-bar'}`;
      const tip = [
        `${lane.number ? `${lane.number} ` : ''}${lane.label}`,
        `${inLocale(locale, 'Сроки', 'Deadline')}: ${lane.deadline || inLocale(locale, '(пусто)', '(empty)')}`,
        ...lane.segments.map(
          (s) =>
            `${dateLabel(s.start, locale)} – ${dateLabel(s.end, locale)}` +
            (s.kind === 'vague'
              ? inLocale(locale, ' (расплывчато)', ' (vague)')
              : s.kind === 'recurring'
                ? inLocale(locale, ' (повторяется)', ' (recurring)')
                : ''),
        ),
      ].join('\n');
      out.push(`<g class="${cls}" ${jumpAttrs(doc, lane.line, locale)} data-row="${lane.row}"><title>${escapeHtml(tip)}</title>`);
      if (laneNo % 2 === 1)
        out.push(`<rect class="nv-hit" x="0" y="${y}" width="${W}" height="${laneH}" fill="currentColor" fill-opacity="0.035"/>`);
      else out.push(`<rect class="nv-hit" x="0" y="${y}" width="${W}" height="${laneH}" fill="transparent"/>`);
      const room = narrow ? Math.min(W - RIGHT_PAD, NARROW_TEXT_MAX) : LABEL_W;
      const label = fitWidth(laneText(lane), room - 20, FONT);
      // Clipped as well as fitted: fonts differ, the label must never run into the bars.
      out.push(
        `<text class="nv-label" x="16" y="${narrow ? y + 12 : cy + 4}" fill="currentColor" ` +
          `clip-path="url(#${id}-labels)" data-nv-room="${room}">${escapeHtml(label)}</text>`,
      );
      if (lane.segments.length === 0) {
        const room = PLOT_W - 12;
        const prefix = inLocale(locale, 'срок не прочитан: ', 'deadline not understood: ');
        const why = lane.deadline
          ? `${prefix}«${fitWidth(lane.deadline, room - textWidth(`${prefix}«»`, FONT), FONT)}»`
          : inLocale(locale, 'срок не указан', 'no deadline');
        out.push(
          `<text class="nv-label" x="${PLOT_X + 6}" y="${cy + 4}" fill="currentColor" fill-opacity="0.6" ` +
            `font-style="italic" data-nv-room="${W - RIGHT_PAD}">${escapeHtml(why)}</text>`,
        );
      }
      for (const s of lane.segments) out.push(segmentSvg(s, x, band, colour, id));
      out.push('</g>');
      y += laneH;
      laneNo++;
    }
  });
  if (options.today && options.today >= data.axisStart && options.today <= data.axisEnd) {
    const tx = x(options.today);
    const text = `${inLocale(locale, 'сегодня', 'today')}, ${dateLabel(options.today, locale)}`;
    const right = tx + 5 + textWidth(text, SMALL_FONT, true) > W - RIGHT_PAD;
    out.push(
      `<g class="nv-today"><line x1="${num(tx)}" y1="${HEAD_H - 6}" x2="${num(tx)}" y2="${plotBottom + 4}" stroke="${TODAY_COLOUR}" ` +
        `stroke-width="2" stroke-dasharray="4 3"/><text x="${num(tx + (right ? -5 : 5))}" y="${plotBottom + 16}" text-anchor="${right ? 'end' : 'start'}" ` +
        `fill="${TODAY_COLOUR}" font-weight="600" font-size="${SMALL_FONT}">${text}</text></g>`,
    );
  }
  out.push(legend.svg);
  out.push('</svg>');
  return out.join('');
}

function segmentSvg(s: TimelineSegment, x: (d: IsoDate, end?: boolean) => number, y: number, colour: string, id: string): string {
  const x0 = x(s.start);
  const x1 = x(s.end, true);
  const w = Math.max(2, x1 - x0);
  const long = dayNum(s.end) - dayNum(s.start) > 62;
  if (s.kind === 'vague' || (s.kind === 'recurring' && long)) {
    return (
      `<rect class="nv-seg nv-vague" x="${num(x0)}" y="${y + 5}" width="${num(w)}" height="${LANE_H - 10}" ` +
      `rx="3" fill="${colour}" fill-opacity="0.22" stroke="${colour}" stroke-dasharray="3 2"/><rect x="${num(x0)}" ` +
      `y="${y + 5}" width="${num(w)}" height="${LANE_H - 10}" rx="3" fill="url(#${id}-hatch)"/>`
    );
  }
  if (s.kind === 'recurring') {
    return `<rect class="nv-seg nv-recurring" x="${num(x0 + w / 2 - 1.5)}" y="${y + 2}" width="3" height="${LANE_H - 4}" rx="1" fill="${colour}"/>`;
  }
  return `<rect class="nv-seg nv-fixed" x="${num(x0)}" y="${y + 5}" width="${num(w)}" height="${LANE_H - 10}" rx="3" fill="${colour}"/>`;
}

/** The legend, wrapped onto as many rows as the chart's width needs. */
function legendSvg(y: number, id: string, locale: Locale, data: TimelineData, width: number): { svg: string; height: number } {
  const items: string[] = [];
  let lx = 16;
  let ly = y;
  const add = (shape: string, label: string) => {
    const w = (shape ? 26 : 0) + textWidth(label, SMALL_FONT) + 16;
    if (lx > 16 && lx + w > width - RIGHT_PAD) {
      lx = 16;
      ly += LEGEND_ROW_H;
    }
    items.push(
      `<g transform="translate(${num(lx)},${ly})">${shape}<text x="${shape ? 26 : 0}" y="11" ` +
        `fill="currentColor" fill-opacity="0.85" font-size="${SMALL_FONT}">${escapeHtml(label)}</text></g>`,
    );
    lx += w;
  };
  add(`<rect y="2" width="20" height="10" rx="3" fill="#3b7dd8"/>`, inLocale(locale, 'срок', 'deadline'));
  add(
    '<rect y="2" width="20" height="10" rx="3" fill="#3b7dd8" fill-opacity="0.22" stroke="#3b7dd8" ' +
      `stroke-dasharray="3 2"/><rect y="2" width="20" height="10" rx="3" fill="url(#${id}-hatch)"/>`,
    inLocale(locale, 'расплывчатый срок (весь период)', 'vague deadline (whole period)'),
  );
  add(
    `<rect x="5" width="3" height="14" fill="#3b7dd8"/><rect x="13" width="3" height="14" fill="#3b7dd8"/>`,
    inLocale(locale, 'повторяется', 'recurring'),
  );
  if (data.period)
    add(
      `<rect y="0" width="20" height="14" fill="#3b7dd8" fill-opacity="0.12"/>`,
      inLocale(locale, `период документа (${data.period.text})`, `document period (${data.period.text})`),
    );
  add(
    `<line x1="10" y1="0" x2="10" y2="14" stroke="${TODAY_COLOUR}" stroke-width="2" stroke-dasharray="4 3"/>`,
    inLocale(locale, 'сегодня', 'today'),
  );
  if (data.clipped)
    add(
      '',
      inLocale(locale, `не показано сроков за пределами шкалы: ${data.clipped}`, `deadlines beyond the axis not shown: ${data.clipped}`),
    );
  return { svg: `<g class="nv-legend">${items.join('')}</g>`, height: ly - y + LEGEND_ROW_H };
}

/** The whole block under a roadmap table: heading and SVG, or a line saying why nothing can be drawn. */
export function timelineBlock(doc: RenderDoc, table: Table, options: TimelineOptions): string {
  const data = timelineData(doc, table);
  if (data.lanes === 0) return '';
  const { locale } = options;
  const heading = `<div class="nv-title">${inLocale(locale, 'План по времени', 'Timeline')}</div>`;
  if (data.bars === 0) {
    const noColumn = !table.columns.some((c) => c.role === 'deadline');
    const why = noColumn
      ? inLocale(
          locale,
          'План по времени не построить: в таблице нет колонки «Сроки». Добавьте её и укажите понятные сроки (например, «Сентябрь 2025», «До 15.10.2025»).',
          'No timeline: the table has no «Сроки» (deadlines) column. Add it with clear dates (e.g. «Сентябрь 2025»).',
        )
      : inLocale(
          locale,
          'План по времени не построить: ни один срок не удалось прочитать. Пишите сроки как «Сентябрь 2025», «Октябрь – ноябрь 2025», «До 15.10.2025».',
          'No timeline: no deadline could be read. Write deadlines like «Сентябрь 2025» or «До 15.10.2025».',
        );
    return `<div class="nv-box nv-timeline-box" data-nv-bars="0">${heading}<div class="nv-note">${why}</div></div>`;
  }
  // Both layouts; the page's CSS shows the one that suits its width (a media query: the preview and
  // the dashboard are webviews as wide as their panel). The wrapper scrolls a chart wider than the
  // panel instead of letting it shrink.
  return (
    `<div class="nv-box nv-timeline-box" data-nv-bars="${data.bars}">${heading}` +
    `<div class="nv-chart-scroll nv-tl-wide">${timelineSvg(data, doc, options, 'wide')}</div>` +
    `<div class="nv-chart-scroll nv-tl-narrow">${timelineSvg(data, doc, options, 'narrow')}</div></div>`
  );
}
