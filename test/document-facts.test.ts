/**
 * The organisation and the approval date as real documents write them (issue #15, item 9), read
 * through parseDocument from small documents shaped like the Word conversions: the approval block
 * as paragraphs, then a `#` or bold title, then the roadmap table. Negative cases: a slogan, a
 * regional or federal order quoted before the approval block, the title's period.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../server/src/core/read/parse';

const TABLE = `| № | Мероприятие | Сроки | Ответственный |
|---|---|---|---|
| 1 | Издание приказа о внедрении целевой модели наставничества | Сентябрь | Директор |
| 2 | Формирование банка наставников | Октябрь | Заместитель директора по УВР |
`;

/** Preamble paragraphs (blank-line separated, as Word conversions come), the title, the table. */
function doc(preamble: string[], title: string, options: { bold?: boolean } = {}): string {
  const heading = options.bold ? `**${title}**` : `# ${title}`;
  return `${[...preamble, heading].join('\n\n')}\n\n${TABLE}`;
}

function meta(text: string): { organization?: string; approved?: string } {
  const m = parseDocument(text).meta;
  return { organization: m.organization, approved: m.approved };
}

const ROADMAP = 'Дорожная карта реализации целевой модели наставничества';

describe('organisation: the name only', () => {
  test('in the title, before the period: «… в МБОУ Поведниковская СОШ на 2021-2024 г.г.»', () => {
    const m = meta(doc(['УТВЕРЖДАЮ', 'Директор', '«23» августа 2021 г.'], `${ROADMAP} в МБОУ Поведниковская СОШ на 2021-2024 г.г.`));
    assert.equal(m.organization, 'МБОУ Поведниковская СОШ');
    assert.equal(m.approved, '2021-08-23');
  });

  test('in the title, a quoted name at the end: «… педагогических работников в МБОУ «Гавриловская основная общеобразовательная школа»»', () => {
    const m = meta(
      doc(
        [],
        'План мероприятий по реализации программы наставничества педагогических работников в МБОУ «Гавриловская основная общеобразовательная школа»',
        { bold: true },
      ),
    );
    assert.equal(m.organization, 'МБОУ «Гавриловская основная общеобразовательная школа»');
  });

  test('in the title, cut before «(сентябрь …)» and «, утверждённая …»', () => {
    assert.equal(meta(doc([], `${ROADMAP} в МАОУ СОШ № 5 (сентябрь 2021 – май 2022)`)).organization, 'МАОУ СОШ № 5');
    assert.equal(
      meta(doc([], `${ROADMAP} в ГБПОУ «Ростовский педагогический колледж», утверждённая на 2022 год`)).organization,
      'ГБПОУ «Ростовский педагогический колледж»',
    );
  });

  test('kindergartens and city schools: МБДОУ № 18 «Алёнушка», МБДОУ детский сад № 5, ГБОУ школа № 34 Невского района', () => {
    assert.equal(meta(doc([], `${ROADMAP} в МБДОУ № 18 «Алёнушка» на 2022-2023 учебный год`)).organization, 'МБДОУ № 18 «Алёнушка»');
    assert.equal(meta(doc([], `${ROADMAP} в МБДОУ детский сад № 5 на 2022 год`)).organization, 'МБДОУ детский сад № 5');
    assert.equal(
      meta(doc([], `${ROADMAP} в ГБОУ школа № 34 Невского района Санкт-Петербурга на 2022-2023 учебный год`)).organization,
      'ГБОУ школа № 34 Невского района Санкт-Петербурга',
    );
  });

  test('in an approval line: «Директор МБОУ Багаевской СОШ № 3», not the whole approval paragraph', () => {
    const m = meta(doc(['УТВЕРЖДАЮ\nДиректор МБОУ Багаевской СОШ № 3\n__________ Петрова И.И.\n«01» сентября 2022 г.'], ROADMAP));
    assert.equal(m.organization, 'МБОУ Багаевской СОШ № 3');
    assert.equal(m.approved, '2022-09-01');
  });

  test('in an approval line: «Заведующий МБДОУ № 18», the signature cut off', () => {
    assert.equal(
      meta(doc(['УТВЕРЖДАЮ', 'Заведующий МБДОУ № 18 ________ А.А. Иванова', '«01» сентября 2022 г.'], ROADMAP)).organization,
      'МБДОУ № 18',
    );
  });

  test('a preamble line that is the name wins over an approval line', () => {
    const m = meta(doc(['МБДОУ № 18 «Алёнушка»', 'УТВЕРЖДАЮ\nЗаведующий МБДОУ № 18\n«01» сентября 2022 г.'], ROADMAP));
    assert.equal(m.organization, 'МБДОУ № 18 «Алёнушка»');
  });

  test('spelled out: the line, capped to the name', () => {
    const m = meta(
      doc(
        ['Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»', 'УТВЕРЖДЕНО приказом № 60 от 23.08.2021'],
        ROADMAP,
      ),
    );
    assert.equal(m.organization, 'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»');
    assert.equal(m.approved, '2021-08-23');
    const capped = meta(
      doc(['Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5», утверждённая директором 01.09.2021'], ROADMAP),
    );
    assert.equal(capped.organization, 'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»');
  });

  test('spelled out over two lines (the name on the second)', () => {
    const m = meta(doc(['МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ДОШКОЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ\n«ДЕТСКИЙ САД № 7 «РОМАШКА»»'], ROADMAP));
    assert.equal(m.organization, 'МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ДОШКОЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «ДЕТСКИЙ САД № 7 «РОМАШКА»»');
  });

  test('in an appendix line: «Приложение №2 к приказу МБДОУ №18 от 01.09.2022 №21/1»', () => {
    const m = meta(doc(['Приложение №2 к приказу МБДОУ №18 от 01.09.2022 №21/1'], ROADMAP));
    assert.equal(m.organization, 'МБДОУ №18');
    assert.equal(m.approved, '2022-09-01');
  });

  test('spelled out in the title: the head put in the nominative', () => {
    const m = meta(
      doc(
        [],
        'Положение о наставничестве обучающихся в государственном бюджетном образовательном учреждении ' +
          'Краснодарского края «Кропоткинский техникум технологий и железнодорожного транспорта»',
      ),
    );
    assert.equal(
      m.organization,
      'Государственное бюджетное образовательное учреждение Краснодарского края «Кропоткинский техникум технологий и железнодорожного транспорта»',
    );
  });

  test('the abbreviation in a line or in brackets wins over the spelled-out header', () => {
    const header = 'Муниципальное бюджетное дошкольное образовательное учреждение Валуевский детский сад «Теремок»';
    assert.equal(meta(doc([header, '(МБДОУ Валуевский д/с «Теремок»)'], ROADMAP)).organization, 'МБДОУ Валуевский д/с «Теремок»');
    assert.equal(meta(doc([`${header} (МБДОУ Валуевский д/с «Теремок»)`], ROADMAP)).organization, 'МБДОУ Валуевский д/с «Теремок»');
  });

  test('a programme’s motto in capitals, blanks inside the quotes, the region after a comma are no part of the name', () => {
    assert.equal(
      meta(doc([], 'Программа наставничества в МАДОУ «ЦРР-Детский сад №91 «Строитель» г. Улан-Удэ «ОТ СЕРДЦА К СЕРДЦУ»')).organization,
      'МАДОУ «ЦРР-Детский сад №91 «Строитель» г. Улан-Удэ',
    );
    assert.equal(meta(doc([], `${ROADMAP} в МБОУ « Поведниковская СОШ» на 2021-2024 г.г.`)).organization, 'МБОУ «Поведниковская СОШ»');
    assert.equal(
      meta(
        doc(
          ['муниципальное бюджетное дошкольное образовательное учреждение детский сад "Теремок" г. Данилов, Ярославская область'],
          ROADMAP,
        ),
      ).organization,
      'муниципальное бюджетное дошкольное образовательное учреждение детский сад "Теремок" г. Данилов',
    );
  });

  test('not a slogan: «Наставничество в ОУ — путь к успеху!» names no school', () => {
    assert.equal(meta(doc(['«Наставничество в ОУ — путь к успеху!»'], ROADMAP)).organization, undefined);
    assert.equal(
      meta(doc(['«Наставничество в ОУ — путь к успеху!»', 'Директор МБОУ «Лицей № 2»'], ROADMAP)).organization,
      'МБОУ «Лицей № 2»',
    );
    assert.equal(meta(doc(['МБОУ СОШ № 5 — территория успеха!'], ROADMAP)).organization, 'МБОУ СОШ № 5');
  });

  test('not the title with its period: «в ОУ на 2021 год» is no name, «на 2021-2022 учебный год» is cut', () => {
    assert.equal(meta(doc([], `${ROADMAP} в ОУ на 2021 год`)).organization, undefined);
    const m = meta(doc([], `${ROADMAP} в МБОУ «СОШ № 1» на 2021-2022 учебный год`, { bold: true }));
    assert.equal(m.organization, 'МБОУ «СОШ № 1»');
  });
});

describe('approval date: the school’s own', () => {
  test('«УТВЕРЖДАЮ … «23» августа 2021 г.»: the date on the approval block’s lines', () => {
    const m = meta(doc(['УТВЕРЖДАЮ', 'Директор МБОУ СОШ № 5', '__________ И.И. Иванов', '«23» августа 2021 г.'], ROADMAP));
    assert.equal(m.approved, '2021-08-23');
    // The same block as one paragraph with line breaks.
    assert.equal(
      meta(doc(['УТВЕРЖДАЮ\nДиректор МБОУ СОШ № 5\n__________ И.И. Иванов\n«23» августа 2021 г.'], ROADMAP)).approved,
      '2021-08-23',
    );
  });

  // parse.ts reads a paragraph with mdast-util-to-string, which drops hard breaks (two blanks or a
  // backslash before the newline): the lines of such a block reach findOrganization glued
  // («МБДОУ № 18 «Алёнушка»УТВЕРЖДАЮЗаведующий»); the name is cut where the approval words begin.
  test('a block with hard line breaks', () => {
    const m = meta(doc(['МБДОУ № 18 «Алёнушка»  \nУТВЕРЖДАЮ  \nЗаведующий  \n«01» сентября 2022 г.'], ROADMAP));
    assert.equal(m.organization, 'МБДОУ № 18 «Алёнушка»');
    assert.equal(m.approved, '2022-09-01');
  });

  test('«Приложение 1 к приказу № 15 от 18.02.2022»', () => {
    assert.equal(meta(doc(['Приложение 1 к приказу № 15 от 18.02.2022'], ROADMAP)).approved, '2022-02-18');
  });

  test('«утверждено приказом № 60 от 23.08.2021»', () => {
    assert.equal(meta(doc(['утверждено приказом № 60 от 23.08.2021'], ROADMAP)).approved, '2021-08-23');
  });

  test('«Утверждаю «23 » августа 2021 г. приказ № 60» (a blank inside the quotes)', () => {
    assert.equal(meta(doc(['Утверждаю «23 » августа 2021 г. приказ № 60'], ROADMAP)).approved, '2021-08-23');
  });

  test('«Приказ № 295 от «22» сентября 2023г.» (no blank before «г.»)', () => {
    assert.equal(
      meta(doc(['УТВЕРЖДЕНО', 'Директор', 'Приказ № 295 от «22» сентября 2023г.'], ROADMAP, { bold: true })).approved,
      '2023-09-22',
    );
  });

  test('«от «31» 08. 2020 г.»: the day in quotes, the month as a number', () => {
    assert.equal(meta(doc(['УТВЕРЖДЕНО', 'приказом директора', 'от «31» 08. 2020 г. № 45'], ROADMAP)).approved, '2020-08-31');
  });

  test('«31.08.2020г.»', () => {
    assert.equal(meta(doc(['УТВЕРЖДЕНО приказом от 31.08.2020г. № 12'], ROADMAP)).approved, '2020-08-31');
  });

  test('СОГЛАСОВАНО … протокол is not the approval when УТВЕРЖДАЮ has a date', () => {
    const m = meta(
      doc(
        [
          'СОГЛАСОВАНО',
          'на заседании педагогического совета',
          'протокол № 1 от 30.08.2021',
          'УТВЕРЖДАЮ',
          'Директор',
          '_____ И.И. Иванов',
          '«31» августа 2021 г.',
        ],
        ROADMAP,
      ),
    );
    assert.equal(m.approved, '2021-08-31');
    // The two blocks side by side (a Word table flattened): each date keeps its own mark.
    assert.equal(
      meta(doc(['СОГЛАСОВАНО УТВЕРЖДАЮ', 'протокол № 1 от 30.08.2021 приказ № 60 от 31.08.2021'], ROADMAP)).approved,
      '2021-08-31',
    );
  });

  test('the agreement date only when the document has no approval block at all', () => {
    assert.equal(meta(doc(['ПРИНЯТО', 'на педагогическом совете', 'протокол № 1 от 30.08.2021'], ROADMAP)).approved, '2021-08-30');
    // A dated СОГЛАСОВАНО beside an undated УТВЕРЖДАЮ: agreed then, approved no one knows when.
    assert.equal(
      meta(
        doc(
          [
            '**СОГЛАСОВАНО**',
            'Протокол № 1 заседания Педагогического совета школы от «31» 08. 2020 г.',
            'Утверждаю',
            'Директор МБОУ Багаевской СОШ №3',
            '_________________ Н.В. Боряева',
          ],
          ROADMAP,
        ),
      ).approved,
      undefined,
    );
  });

  test('«Утверждено на заседании педагогического совета, протокол …»: the protocol dates the approval', () => {
    assert.equal(
      meta(doc(['Утверждено на заседании', 'Педагогического совета', 'Протокол №1 от «_28_»__09 2021год'], ROADMAP)).approved,
      '2021-09-28',
    );
  });

  test('an approval without a year borrows it from the dated block beside it', () => {
    const m = meta(
      doc(
        [
          'ПРИНЯТА',
          'Педагогическим советом',
          'Протокол от «12» сентября 2024г. № 1',
          'УТВЕРЖДЕНА',
          'Директором МКДОУ Детский сад №4 «Малыш» г.п. Терек',
          'Приказ от «12» сентября № 56-ОД',
        ],
        ROADMAP,
      ),
    );
    assert.equal(m.approved, '2024-09-12');
  });

  test('an order’s header: «П Р И К А З / От_09.02.2023 г», «ПРИКАЗ / 31. 03. 22 г. № 14-а»', () => {
    assert.equal(
      meta(doc(['**П Р И К А З**', 'От_09.02.2023 г ____ №_2_____'], 'О внедрении целевой модели наставничества')).approved,
      '2023-02-09',
    );
    assert.equal(meta(doc(['**ПРИКАЗ**', '31\\. 03. 22 г. № 14-а'], 'О внедрении целевой модели наставничества')).approved, '2022-03-31');
  });

  test('a regional document approved by the region: «Приложение 1 / к приказу / Министерства … области / от 6 февраля 2023 г.»', () => {
    assert.equal(
      meta(
        doc(
          ['Приложение 1', 'к приказу', 'Министерства образования и науки', 'Челябинской области', 'от 6 февраля 2023 г. N 01/288'],
          ROADMAP,
        ),
      ).approved,
      '2023-02-06',
    );
    assert.equal(
      meta(
        doc(
          ['УТВЕРЖДЕН', 'распоряжением Правительства', 'Новосибирской области', 'от 02.07.2019 N 241-рп'],
          'Комплекс мер (дорожная карта) по созданию центра «IT-куб»',
        ),
      ).approved,
      '2019-07-02',
    );
  });

  test('not a regional order quoted before the approval block', () => {
    const bare = meta(
      doc(
        [
          'Приказ министерства образования Ростовской области от 15.03.2021 № 200 «О внедрении целевой модели наставничества»',
          'УТВЕРЖДАЮ',
          'Директор МБОУ СОШ № 5',
          '«01» сентября 2021 г.',
        ],
        ROADMAP,
      ),
    );
    assert.equal(bare.approved, '2021-09-01');
    const m = meta(
      doc(
        [
          'В соответствии с приказом министерства образования Ростовской области от 15.03.2021 № 200',
          'УТВЕРЖДАЮ',
          'Директор МБОУ СОШ № 5',
          '«01» сентября 2021 г.',
        ],
        ROADMAP,
      ),
    );
    assert.equal(m.approved, '2021-09-01');
    assert.equal(
      meta(
        doc(
          ['В соответствии с приказом министерства образования Ростовской области от 15.03.2021 № 200', 'УТВЕРЖДАЮ', 'Директор'],
          ROADMAP,
        ),
      ).approved,
      undefined,
    );
  });

  test('not a federal act: «Распоряжение Минпросвещения от 25.12.2019 № Р-145», «ФЗ от 29.12.2012 № 273-ФЗ»', () => {
    assert.equal(meta(doc(['Распоряжение Минпросвещения от 25.12.2019 № Р-145'], ROADMAP)).approved, undefined);
    assert.equal(meta(doc(['УТВЕРЖДАЮ', 'Директор'], ROADMAP) + '\n').approved, undefined);
    const prose =
      `# ${ROADMAP} в МБОУ СОШ № 5 на 2021-2022 учебный год\n\nДорожная карта разработана на ` +
      'основании ФЗ от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации» и методологии, ' +
      `утверждённой распоряжением Минпросвещения России от 25.12.2019 № Р-145.\n\n${TABLE}`;
    assert.equal(meta(prose).approved, undefined);
  });

  test('not the period: «с 01.09.2021 по 31.05.2022» after an undated approval block', () => {
    assert.equal(meta(doc(['УТВЕРЖДАЮ', 'Директор', 'Срок реализации: с 01.09.2021 по 31.05.2022'], ROADMAP)).approved, undefined);
  });

  test('the front matter wins', () => {
    const text =
      `---\nутверждено: 2021-09-01\nорганизация: МБОУ «Школа № 1»\n---\n\n` +
      `${doc(['УТВЕРЖДАЮ', 'Директор МБОУ СОШ № 5', '«23» августа 2021 г.'], ROADMAP)}`;
    assert.deepEqual(meta(text), { organization: 'МБОУ «Школа № 1»', approved: '2021-09-01' });
  });
});
