/**
 * The fast prose reader (core/read/fast-blocks.ts) and the inline reader it shares with table cells
 * (fast-inline.ts) against their oracle, remark alone: the same mdast, positions included, and the
 * same document model. Each hand-written case also says whether the fast readers must read it whole
 * (no remark call at all) or must hand some of it to remark, so a reader that declined everything
 * would fail here, not pass by falling back. The examples and fixtures in LF, CRLF and with a BOM are
 * compared in test/fast-table.test.ts; here they are also held to taking the fast paths.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { fastTableParser } from '../server/src/core/read/fast-parse';
import { readTable } from '../server/src/core/read/fast-table';
import { remarkParser } from '../server/src/core/read/parse';
import { inlineDocument, proseDocument } from './fast-blocks-arbitraries';
import { sameAsOracle } from './fast-table-support';

const remarkCalls: string[] = [];
const counted = fastTableParser((text, options) => {
  remarkCalls.push(text);
  return remarkParser(text, options);
});

/** The fast parse of `text` (no BOM), checked equal to remark's, and the texts it handed to remark. */
function fastParse(text: string): string[] {
  remarkCalls.length = 0;
  const options = { frontMatter: text.startsWith('---') };
  const tree: Root = counted(text, options);
  assert.deepEqual(tree.children, remarkParser(text, options).children, JSON.stringify(text));
  return [...remarkCalls];
}

/** Equal to remark in LF and CRLF, as a tree and as a model, and read without remark (`fast`) or not. */
function check(text: string, fast: boolean): void {
  for (const t of [text, text.replace(/\n/g, '\r\n')]) {
    sameAsOracle(t);
    sameAsOracle('\ufeff' + t);
    const handed = fastParse(t);
    assert.equal(
      handed.length === 0,
      fast,
      `${JSON.stringify(t)}: ${fast ? 'should be read fast, remark got' : 'should go to remark'} ${JSON.stringify(handed)}`,
    );
  }
}

describe('fast prose reader: the same tree as remark, read without it where certain', () => {
  test('a line of a no-break space (or \\v, \\f) is no blank line: it does not cut the text into blocks', () => {
    // Found by the prose property test with a random seed: JS trim() took «\u00a0» for blank, CommonMark does not.
    for (const space of ['\u00a0', '\v', '\f', '  \u00a0\t', '\u2003'])
      for (const text of [
        `${space}\nСлово\n\nСлово`,
        `Слово\n${space}\nСлово`,
        `${space}\r\nСлово`,
        `| a | b |\n|---|---|\n| 1 | 2 |\n${space}\n\nТекст`,
      ])
        sameAsOracle(text);
  });
  test('paragraphs: soft and hard line ends, trailing spaces, Cyrillic and «ё»', () => {
    for (const text of [
      'Ёлка и ёж\n',
      'УТВЕРЖДЕНО  \nДиректор\n',
      'УТВЕРЖДЕНО \nДиректор',
      'a   \nb  \nc  \n\n',
      'Приказ №100-ОД  \nот «30» августа 2024 г.\n\nВиноградова О. К.\n',
      'Цель: успех; задачи (три) – «да», 50 % и 2/3?\n',
      '1.5 балла и 15.12.2022 г.\n2023 год\n',
      '"Кавычки" и \'апострофы\'\n',
      'конец абзаца  \n',
      'a\u00a0b\n',
    ]) {
      check(text, true);
    }
  });

  test('paragraphs the reader leaves to remark', () => {
    for (const text of [
      ' отступ\n',
      '    код\n',
      'a\n  b\n',
      'a\tb\n',
      'a\n\tb\n',
      'a\\\nb\n',
      'a\n===\n',
      'a\n---\n',
      'a\n-\n',
      'a\n2. b\n',
      'a\n1) b\n',
      '1) a\n',
      '> цитата\n',
      '<div>блок</div>\n',
      '<br>в начале\n',
      'a | b\n--|--\n',
      ': двоеточие\n',
      '= равно\n',
      '+ плюс\n',
      '* звезда\n',
      '***\n',
      '- - -\n',
      '&amp; и &nbsp;\n',
      'код `x`\n',
      'ссылка [x](y)\n',
      'www.school.ru\n',
      'https://school.ru\n',
      'почта a@b.ru\n',
      '~~зачёркнуто~~\n',
      '#хештег\n',
      '1234567890. a\n',
    ]) {
      check(text, false);
    }
  });

  test('headings', () => {
    for (const text of ['# Программа\n', '###### шесть\n', '#  отступы  \n', '## **1. Пояснительная записка**\n', '# a\nтекст\n# b\n']) {
      check(text, true);
    }
    for (const text of ['####### семь\n', '# a #\n', '# C# язык\n', '#\n', '# \n', ' # a\n']) check(text, false);
  });

  test('lists: tight, one line an item', () => {
    for (const text of [
      '- a\n- b\n',
      '1. a\n2. b\n',
      '9. a\n10. b\n',
      '3. a\n7. b\n',
      '01. a\n',
      'Задачи:\n- a;\n- **b**  \n',
      'Задачи:\n1. a\n',
      'Задачи:\n\n2. a\n',
      '# Ожидаемый результат:\n\n1. a\n2. b\n\n',
      '# a\n- b\n',
      '- a\n\nабзац\n',
    ]) {
      check(text, true);
    }
    for (const text of [
      '- a\nb\n',
      '- a\n  b\n',
      '- a\n\n- b\n',
      '- a\n* b\n',
      '1. a\n1) b\n',
      '1. a\n- b\n',
      '- a\n# b\n',
      '-a\n',
      '-  a\n',
      '- \n',
      '- [ ] задача\n',
      '- # a\n',
      '- > a\n',
      '- - a\n',
      '- 1. a\n',
      '-\ta\n',
      '- a\n\n-\n',
      '- a\n\n1.\n',
      '1. a\n\n2)\n',
      '- a\n\n*\n',
    ]) {
      check(text, false);
    }
  });

  test('strong and emphasis: paired runs only', () => {
    for (const text of [
      '**a**\n',
      '__a__ и _b_ и *c*\n',
      '**Наставничество** – технология\n',
      '**МБОУ «Красномайская СОШ»**\n',
      '«**a**» (**b**), **c**.\n',
      '**a:**<br>b\n',
      '**a**  \nb\n',
      '**a** \nb\n',
      '**a**\nb\n',
      'a<br>\nb\n',
      'a<br/>b<BR />c<br  >d\n',
      '**a<br>b**\n',
      '**a**_b_\n',
      '**a**\u00a0b\n',
      '**ё**😀\n',
      // A closer that could also open still closes the run before it (micromark: no rule of three for 2 + 2).
      '**a**b\n',
      '**a**:b\n',
    ]) {
      check(text, true);
    }
    for (const text of [
      '**a\n',
      'a**\n',
      'a**b**\n',
      '**a\nb**\n',
      '***a***\n',
      '**a *b* c**\n',
      '**a* b\n',
      'a * b\n',
      'snake_case\n',
      '<b>тег</b>\n',
      'a <br\n',
      'a < b\n',
    ]) {
      check(text, false);
    }
  });

  test('blocks around tables, front matter and fences', () => {
    check('# Заголовок\n\nТекст.\n\n| a | b |\n|---|---|\n| **x** | y<br>z |\n\n- пункт\n', true);
    // splitChunks keeps a list or indented lines after a table in its block: the table is still read, the rest as it can be.
    for (const rest of ['- a\n  b\n', '    код\n', '- a\n\n- b\n']) {
      const text = `| a |\n|---|\n| x |\n\n${rest}`;
      check(text, false);
      assert.deepEqual(fastParse(text), [`\n${rest}`]);
    }
    check('---\nвид: дорожная карта\n---\n\n# Заголовок\n', false);
    // A fence anywhere: prose is left to remark (the block cutting may end a fence where remark does not).
    check('Текст\n\n````\n```\n\nвсё ещё код\n````\n', false);
    check('\ufeffТекст\n', false);
  });
});

describe('fast table reader: cells with simple inline markup read without remark', () => {
  const refuse = (): Root => {
    throw new Error('remark called');
  };
  test('strong, emphasis and <br> at a cell’s ends and middle', () => {
    const text =
      '| **a** | *b* | __c__ | _d_ |\n|---|---|---|---|\n| x **y** | **итог:**<br>– пункт | a<br/>**b** | «**c**» |\n| **a**<br> | <BR />_b_ | ё **Ё** | |\n';
    assert.ok(readTable(text, 0, text.length, 1, refuse));
    check(text, true);
  });
  test('cells the inline reader declines still equal remark, through the batch', () => {
    const text = '| a |\n|---|\n| **x |\n| x** |\n| a**b** |\n| ***x*** |\n| **a *b* c** |\n| snake_case |\n| `код` |\n';
    check(text, false);
  });
});

describe('fast readers on the examples and on generated prose', () => {
  test('the five real documents are parsed without remark', () => {
    for (const name of [
      '000-spb-school34-roadmap.md',
      '001-tomsk-lyceum-roadmap.md',
      '002-krasnomayskaya-program.md',
      '003-severodvinsk-college-roadmap.md',
      '004-arkhangelsk-municipal.md',
    ]) {
      const text = readFileSync(`examples/${name}`, 'utf8');
      for (const t of [text, text.replace(/\r?\n/g, '\r\n')]) assert.deepEqual(fastParse(t), [], name);
    }
  });

  test('generated prose and inline runs (fixed seed): the same tree and model as remark', () => {
    fc.assert(fc.property(proseDocument, sameAsOracle), { numRuns: 150, seed: 19 });
    fc.assert(fc.property(inlineDocument, sameAsOracle), { numRuns: 200, seed: 19 });
  });

  test('the generated prose takes the fast paths often enough to test them', () => {
    const samples = fc.sample(proseDocument, { numRuns: 300, seed: 19 }).map((t) => (t.charCodeAt(0) === 0xfeff ? t.slice(1) : t));
    const whole = samples.filter((t) => fastParse(t).length === 0).length;
    const partly = samples.filter((t) => fastParse(t).join('').length < t.length).length;
    // With seed 19: 36 and 165.
    assert.ok(whole >= 25, `${whole} of 300 read without remark`);
    assert.ok(partly >= 120, `${partly} of 300 read at least partly without remark`);
  });
});
