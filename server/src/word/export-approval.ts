/**
 * The approval block at the top right of a school document:
 *
 *     УТВЕРЖДАЮ
 *     Директор МБОУ «Средняя школа № 1»
 *     ________________
 *     «29» августа 2025 г.
 *
 * filled from what the core read (front matter, else the preamble): the organisation and the approval
 * date; blanks to fill by hand where nothing is known. A document that already has its own block
 * («УТВЕРЖДЕНО / Приказом по …», «Утверждаю / Директор …», «Приложение / к приказу …») keeps its
 * own lines and gets no second block.
 */
import type { IsoDate } from '../core/domain/dates';
import { monthName } from '../core/domain/months';

/** 2025-08-29 → «29» августа 2025 г.; blanks when there is no valid date. */
export function approvalDateLine(date: IsoDate | undefined): string {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  const n = m ? Number(m[2]) : 0;
  const month = n >= 1 && n <= 12 ? monthName(n, 'ru', 'genitive') : undefined;
  if (!m || !month) return '«__» ____________ 20__ г.';
  return `«${m[3]}» ${month} ${m[1]} г.`;
}

/**
 * Who signs for an organisation, with its name put after the title: a school's director, a
 * kindergarten's head («Заведующий МБДОУ …»), a department's head («Начальник управления
 * образования …»: the name's first word goes into the genitive; the rest of such names is already
 * genitive — «Управление образования администрации города …»).
 */
export function signatoryLine(organization: string | undefined): string {
  const name = organization?.replace(/\s+/g, ' ').trim();
  if (!name) return 'Директор ______________________________';
  const body = /^(Управление|Департамент|Комитет|Отдел|Министерство)(?=\s)/u.exec(name);
  if (body) {
    const rest = name.slice(body[0].length);
    const head: Record<string, string> = {
      Управление: 'Начальник управления',
      Департамент: 'Директор департамента',
      Комитет: 'Председатель комитета',
      Отдел: 'Начальник отдела',
      Министерство: 'Министр',
    };
    // «Министерство образования Тверской области» → «Министр образования Тверской области».
    return `${head[body[1]!]}${rest}`;
  }
  if (/(?<!\p{L})(?:М[БАК]?ДОУ|ГБДОУ|ЧДОУ|ДОУ)(?!\p{L})|детск\S*\s+сад/iu.test(name)) return `Заведующий ${name}`;
  return `Директор ${name}`;
}

/** The four lines of the block the export adds. */
export function approvalBlock(organization: string | undefined, approved: IsoDate | undefined): string[] {
  return ['УТВЕРЖДАЮ', signatoryLine(organization), '________________', approvalDateLine(approved)];
}

/**
 * A line that opens the document's own approval block. Letters may be spaced out («У Т В Е Р Ж Д А Ю»),
 * the line may be bold or quoted; «Приложение … к приказу …» is the form an order approves a plan by.
 */
const OWN_APPROVAL = /^[\s*_«"]*(?:у\s?т\s?в\s?е\s?р\s?ж\s?д|приложени|к\s+(?:приказу|распоряжению|постановлению))/iu;

/** A line that opens a block of the preamble's right column: an approval, or an agreement beside it. */
const BLOCK_OPENER =
  /^[\s*_«"]*(?:у\s?т\s?в\s?е\s?р\s?ж\s?д|согласова|принят|рассмотрен|одобрен|приложени|к\s+(?:приказу|распоряжению|постановлению))/iu;

export function opensOwnApproval(line: string): boolean {
  return OWN_APPROVAL.test(line);
}

export function opensRightColumn(line: string): boolean {
  return BLOCK_OPENER.test(line);
}
