/**
 * `nastavnik scores` in words: what a methodologist reads in a terminal. Every number comes from
 * `computeScores` (file.scores); this module only lays them out, in Russian or English.
 */
import type { Locale } from '../core/diagnostic';
import { BUILTIN_PROFILES } from '../core/domain/profiles';
import type { Completeness, EfficiencyScore, QuestionnaireScore, TargetIndicator } from '../core/scores';
import { isMeasurable } from '../core/scores/completeness';
import { progressTitle } from '../core/scores/progress-text';
import { formatNumber, plural } from '../core/words';
import { shorten } from '../render/shorten';
import { asReport, type Reported } from './output';

/** Widest text in the first column; longer names are cut with «…». */
const NAME_WIDTH = 64;

const KIND: Record<string, { ru: string; en: string }> = {
  roadmap: { ru: 'дорожная карта', en: 'roadmap' },
  program: { ru: 'программа наставничества', en: 'mentorship programme' },
  personal: { ru: 'персонализированная программа наставничества', en: 'personalised mentorship programme' },
  municipal: { ru: 'муниципальный комплекс мер', en: 'municipal complex of measures' },
  unknown: { ru: 'вид документа не определён', en: 'document kind unknown' },
};

/** At most `width` characters, shortened at a word with «…» (never «…с педагогами, имеющими»). */
const cut = (text: string, width: number): string => shorten(text, width);

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(1, width - text.length));

class Writer {
  readonly lines: string[] = [];
  constructor(readonly locale: Locale) {}
  /** The text for the report's locale. */
  inLocale(ru: string, en: string): string {
    return this.locale === 'ru' ? ru : en;
  }
  add(indent: number, text = ''): void {
    this.lines.push(text === '' ? '' : (' '.repeat(indent) + text).trimEnd());
  }
}

function efficiency(w: Writer, e: EfficiencyScore, tableLine: number): void {
  const ru = w.locale === 'ru';
  w.add(0);
  w.add(2, w.inLocale(`Показатели эффективности (таблица на строке ${tableLine})`, `Efficiency indicators (table at line ${tableLine})`));
  if (e.indicators.length === 0) {
    w.add(4, w.inLocale('В таблице нет ни одного показателя.', 'The table has no indicators.'));
    return;
  }
  const value = (i: EfficiencyScore['indicators'][number]) => {
    if (i.points !== null) return `${i.points}`;
    if (i.problem?.kind === 'multiple-marks') return w.inLocale('ошибка: несколько отметок', 'error: several marks');
    if (i.problem)
      return w.inLocale(
        `ошибка: «${cut(i.problem.text, 20)}» (нужна отметка ✓ или 0, 1, 2)`,
        `error: “${cut(i.problem.text, 20)}” (expected a mark ✓ or 0, 1, 2)`,
      );
    return w.inLocale('не оценён', 'unscored');
  };
  for (const c of e.criteria) {
    w.add(
      4,
      pad(cut(c.name || w.inLocale('(без критерия)', '(no criterion)'), NAME_WIDTH + 2), NAME_WIDTH + 4) +
        w.inLocale(`${c.points} из ${c.max}`, `${c.points} of ${c.max}`) +
        (c.scored < c.indicators
          ? w.inLocale(` (оценено ${c.scored} из ${c.indicators})`, ` (${c.scored} of ${c.indicators} scored)`)
          : ''),
    );
    for (const i of e.indicators.filter((x) => x.criterion === c.name)) {
      w.add(6, pad(cut(i.indicator, NAME_WIDTH), NAME_WIDTH + 2) + value(i));
    }
  }
  const total = w.inLocale(
    `Итого: ${e.total} из ${e.max} ${plural(e.max, 'балла', 'баллов', 'баллов')} (${e.percent} %)`,
    `Total: ${e.total} of ${e.max} points (${e.percent} %)`,
  );
  if (e.partial) {
    w.add(
      4,
      `${total} — ` +
        w.inLocale(
          `сумма неполная: оценено ${e.scored} из ${e.indicators.length} ` +
            `${plural(e.indicators.length, 'показателя', 'показателей', 'показателей')}, уровень не определён`,
          `partial: ${e.scored} of ${e.indicators.length} indicators scored, no level yet`,
        ),
    );
  } else {
    const name = e.level
      ? ru
        ? e.level.name
        : (e.level.nameEn ?? e.level.name)
      : w.inLocale('сумма не попадает ни в один уровень', 'the total fits no level');
    w.add(4, `${total} — ${name}`);
  }
  const scale = e.levels
    .slice()
    .sort((a, b) => b.from - a.from)
    .map((l) => `${l.from}–${l.to} ${ru ? l.name : (l.nameEn ?? l.name)}`)
    .join('; ');
  w.add(
    4,
    (e.levelsSource === 'document'
      ? w.inLocale('Уровни (из документа): ', 'Levels (from the document): ')
      : w.inLocale('Уровни (по умолчанию, пропорционально максимуму): ', 'Levels (default, scaled to the maximum): ')) + scale,
  );
  if (e.levelProblems.length)
    w.add(
      4,
      w.inLocale(
        'Внимание: границы уровней не согласованы с таблицей — см. «nastavnik check».',
        'Warning: the level bounds do not fit the table — see «nastavnik check».',
      ),
    );
}

function completeness(w: Writer, c: Completeness, title: string): void {
  w.add(0);
  if (!isMeasurable(c)) {
    // 0 of 0 everywhere: a percent would measure nothing («0 %» next to «всё заполнено» misleads).
    w.add(2, `${title}: ${w.inLocale('нечего измерять', 'nothing to measure')}`);
    w.add(
      4,
      w.inLocale(
        'Нет ни одного мероприятия и ни одного этапа, который можно проверить, — полноту не посчитать.',
        'There are no activities and no stages to check: completeness cannot be measured.',
      ),
    );
    return;
  }
  w.add(2, `${title}: ${c.percent} %`);
  const row = (label: string, part: { done: number; total: number } | undefined) => {
    if (!part || part.total === 0) return;
    const share = Math.round((part.done / part.total) * 100);
    w.add(4, pad(label, 16) + pad(w.inLocale(`${part.done} из ${part.total}`, `${part.done} of ${part.total}`), 12) + `${share} %`);
  };
  row(w.inLocale('этапы', 'stages'), c.stages);
  row(w.inLocale('сроки', 'deadlines'), c.deadlines);
  row(w.inLocale('ответственные', 'responsibles'), c.responsibles);
  row(w.inLocale('результаты', 'results'), c.results);
  if (c.gaps.length === 0) {
    w.add(4, w.inLocale('Всё заполнено.', 'Everything is filled in.'));
  } else {
    w.add(4, w.inLocale('Чего не хватает:', 'What is missing:'));
    for (const g of c.gaps) w.add(6, `– ${g[w.locale]}`);
  }
  // Counted as filled in, but the vague-deadline hint applies: said apart, in the hint's words.
  if (c.notes?.length) {
    w.add(4, w.inLocale('Заполнено, но нечётко:', 'Filled in, but vague:'));
    for (const n of c.notes) w.add(6, `– ${n[w.locale]}`);
  }
}

function target(w: Writer, t: TargetIndicator): void {
  const ru = w.locale === 'ru';
  const name = `${t.number ? t.number + ' ' : ''}${cut(t.text, NAME_WIDTH)}`;
  w.add(4, name);
  for (const y of t.targets) {
    const year = y.year === null ? w.inLocale('на весь период', 'whole period') : w.inLocale(`${y.year} год`, `${y.year}`);
    const fact =
      y.fact !== undefined
        ? w.inLocale(`факт ${formatNumber(y.fact, w.locale)}`, `fact ${formatNumber(y.fact, 'en')}`) +
          (y.fulfilment !== undefined ? ` — ${y.fulfilment} %` : '')
        : '';
    w.add(
      6,
      pad(year, 16) + pad(w.inLocale(`не менее ${formatNumber(y.plan, w.locale)}`, `at least ${formatNumber(y.plan, 'en')}`), 16) + fact,
    );
  }
  if (t.fulfilment !== undefined && t.targets.length > 1)
    w.add(6, w.inLocale(`выполнение в целом: ${t.fulfilment} %`, `overall fulfilment: ${t.fulfilment} %`));
  for (const d of t.decreasing) {
    w.add(
      6,
      ru
        ? `! на ${d.to.year} год запланировано меньше (${d.to.plan}), чем на ${d.from.year} год (${d.from.plan})`
        : `! ${d.to.year} plans less (${d.to.plan}) than ${d.from.year} (${d.from.plan})`,
    );
  }
}

function questionnaire(w: Writer, q: QuestionnaireScore, tableLine: number): void {
  w.add(0);
  w.add(2, w.inLocale(`Анкета (таблица на строке ${tableLine}), шкала 1–10`, `Questionnaire (table at line ${tableLine}), scale 1–10`));
  const f = (n: number | null | undefined) => (n === null || n === undefined ? '—' : formatNumber(n, w.locale));
  const sign = (n: number) => (n > 0 ? '+' : '') + formatNumber(n, w.locale);
  if (q.layout === 'before-after') {
    w.add(
      4,
      pad('', NAME_WIDTH + 2) + pad(w.inLocale('до', 'entry'), 8) + pad(w.inLocale('после', 'exit'), 8) + w.inLocale('изменение', 'change'),
    );
    for (const i of q.items)
      w.add(
        4,
        pad(cut(i.item || '—', NAME_WIDTH), NAME_WIDTH + 2) +
          pad(f(i.before), 8) +
          pad(f(i.after), 8) +
          (i.change !== undefined ? sign(i.change) : '—'),
      );
    w.add(
      4,
      pad(w.inLocale('Среднее', 'Mean'), NAME_WIDTH + 2) +
        pad(f(q.meanBefore), 8) +
        pad(f(q.meanAfter), 8) +
        (q.change !== undefined ? sign(q.change) : '—'),
    );
  } else {
    w.add(4, pad('', NAME_WIDTH + 2) + w.inLocale('среднее', 'mean'));
    for (const i of q.items) w.add(4, pad(cut(i.item || '—', NAME_WIDTH), NAME_WIDTH + 2) + f(i.mean));
  }
  w.add(4, w.inLocale(`Общий средний балл: ${f(q.mean)}`, `Overall mean: ${f(q.mean)}`));
  if (q.outOfRange.length)
    w.add(
      4,
      w.inLocale(
        `Значений вне шкалы 1–10: ${q.outOfRange.length} (не учтены в средних).`,
        `Values outside 1–10: ${q.outOfRange.length} (left out of the means).`,
      ),
    );
}

export function scoresText(file: Reported, locale: Locale): string {
  const report = asReport(file);
  const scores = report.scores;
  const meta = report.meta;
  const w = new Writer(locale);
  const profile = BUILTIN_PROFILES.find((p) => p.id === meta.profile);
  const profileName = profile ? (locale === 'ru' ? profile.title : profile.titleEn) : meta.profile;
  w.add(0, report.path);
  const head = [
    (KIND[meta.kind] ?? KIND.unknown!)[locale],
    profileName && !(meta.kind === 'municipal' && meta.profile === 'municipal')
      ? w.inLocale(`профиль: ${profileName}`, `profile: ${profileName}`)
      : undefined,
    meta.period ? w.inLocale(`период: ${meta.period.text}`, `period: ${meta.period.text}`) : undefined,
  ].filter(Boolean);
  w.add(2, head.join(' · '));
  if (!scores) return w.lines.join('\n');
  // A table that is not there (never, from computeScores) is named by the first line, as offset 0 would be.
  const tableLine = (i: number) => report.tableLines[i] ?? 1;
  const c = scores.completeness;
  if (c.tables.length > 1) {
    for (const t of c.tables)
      completeness(
        w,
        t,
        w.inLocale(
          `Полнота дорожной карты (таблица на строке ${tableLine(t.table ?? 0)})`,
          `Roadmap completeness (table at line ${tableLine(t.table ?? 0)})`,
        ),
      );
  }
  if (c.document)
    completeness(
      w,
      c.document,
      c.tables.length > 1
        ? w.inLocale('Полнота по документу', 'Completeness of the document')
        : w.inLocale('Полнота дорожной карты', 'Roadmap completeness'),
    );
  for (const e of scores.efficiency) efficiency(w, e, tableLine(e.table));
  if (scores.targets.length) {
    w.add(0);
    w.add(2, w.inLocale('Целевые показатели', 'Target indicators'));
    for (const t of scores.targets) target(w, t);
  }
  for (const q of scores.questionnaires) questionnaire(w, q, tableLine(q.table));
  const progress = scores.progress;
  if (progress) {
    // A personalised programme: how far the pair has got (docs/scores.md §4а).
    w.add(0);
    w.add(2, w.inLocale(`Прогресс программы (на ${progress.today ?? '—'})`, `Programme progress (as of ${progress.today ?? '—'})`));
    w.add(4, progressTitle(progress.total)[locale]);
    if (progress.sections.length > 1)
      for (const s of progress.sections) w.add(6, `${cut(s.title, NAME_WIDTH)}: ${progressTitle(s.counts)[locale]}`);
  }
  if (!c.document && !progress && scores.efficiency.length === 0 && scores.targets.length === 0 && scores.questionnaires.length === 0) {
    w.add(
      2,
      w.inLocale(
        'Считать нечего: нет дорожной карты, таблицы баллов, целевых показателей или анкеты.',
        'Nothing to score: no roadmap, scoring table, targets or questionnaire.',
      ),
    );
  }
  w.add(0);
  return w.lines.join('\n');
}
