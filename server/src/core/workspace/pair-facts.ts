/**
 * What the folder checks need to know of one персонализированная программа наставничества (ППН):
 * whether a document is one, and its mentor, mentee, form and period, each with where it is written.
 *
 * Read by the ППН reader (domain/personal, docs/domain.md §17 «Персонализированная программа
 * наставничества») from the lines a ППН opens with («Наставник: Соколова Н.В., учитель математики»,
 * «Наставляемый: …», «Форма наставничества: …», «Срок реализации: …»), a two-column table of the same
 * labels or the front matter; the names are then read as people (docs/domain.md §18 «Наставнические пары»).
 *
 * Pure, never throws.
 */
import type { Period } from '../domain/dates';
import { type PersonName, readPersonName } from '../domain/person-names';
import { type Participant, readPersonalProgramme } from '../domain/personal';
import type { DocumentModel, Span } from '../model';

export interface PairFacts {
  mentor?: PersonName;
  mentee?: PersonName;
  form?: string;
  period?: Period;
  /** Where each fact is written (its value on the line, or the cell); `span`: the first of them, or the title. */
  mentorSpan?: Span;
  menteeSpan?: Span;
  formSpan?: Span;
  periodSpan?: Span;
  span: Span;
}

/** The text of a ППН title or front-matter kind. */
const PERSONAL = /персонализированн\S* программ|индивидуальн\S* программ\S* наставничеств/i;

/** Is this document a ППН? Its kind, or a title that names one when the front matter sets no kind. */
export function isPersonalProgram(model: DocumentModel): boolean {
  if (model.meta.kind === 'personal') return true;
  return model.meta.kindSource !== 'front-matter' && PERSONAL.test(model.meta.title ?? '');
}

/** The name of a participant as the ППН reader gives it, with offsets in the document: those of the whole value. */
function nameOf(participant: Participant | undefined): PersonName | undefined {
  const name = participant ? readPersonName(participant.name) : undefined;
  return name && participant ? { ...name, start: participant.span.start, end: participant.span.end } : undefined;
}

/** The facts of a ППН, from the ППН reader (domain/personal): its head lines, table or front matter. */
export function readPairFacts(model: DocumentModel, text: string): PairFacts {
  const p = readPersonalProgramme(model, text);
  const mentor = nameOf(p.mentor);
  const mentee = nameOf(p.mentee);
  const facts: PairFacts = {
    span: model.sections[0]?.span ?? { start: 0, end: Math.min(text.length, 1) },
    ...(mentor && p.mentor ? { mentor, mentorSpan: p.mentor.span } : {}),
    ...(mentee && p.mentee ? { mentee, menteeSpan: p.mentee.span } : {}),
    // The canonical sides («педагог – педагог») when the reader knows the form: the staff check reads them.
    ...(p.form ? { form: p.form.canonical ?? p.form.text, formSpan: p.form.span } : {}),
    ...(p.period ? { period: p.period.period, periodSpan: p.period.span } : {}),
  };
  const first = [facts.mentorSpan, facts.menteeSpan].filter((s): s is Span => s !== undefined).sort((a, b) => a.start - b.start)[0];
  if (first) facts.span = first;
  return facts;
}
