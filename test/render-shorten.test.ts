/**
 * The one shortening helper of render/ (server/src/render/shorten.ts): text is cut at a word
 * boundary with «…», never inside a word or after a dangling preposition, and the estimate of
 * pixel width is never smaller than what a wide font draws.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fitWidth, shortHtml, shorten, textWidth } from '../server/src/render/shorten';

const PHRASE = 'Организация и проведение мероприятий с педагогами, имеющими опыт работы менее трёх лет';

describe('shorten', () => {
  it('keeps text that fits, whitespace runs folded', () => {
    assert.equal(shorten('  Приказ\nо  назначении ', 40), 'Приказ о назначении');
  });

  it('cuts at a word boundary with «…», within the limit', () => {
    // From the first room that holds the first word and «…»: below it a cut inside the word is the only choice.
    for (let max = 'Организация…'.length; max < PHRASE.length; max++) {
      const s = shorten(PHRASE, max);
      assert.ok(s.length <= max, `${s} fits ${max}`);
      assert.ok(s.endsWith('…'), s);
      const head = s.slice(0, -1);
      // The kept part is whole words of the phrase: what follows it there is a space or punctuation.
      assert.ok(PHRASE.startsWith(head), s);
      assert.match(PHRASE[head.length] ?? ' ', /[\s,]/, `«${s}» ends inside a word (max ${max})`);
    }
  });

  it('the cases from the issue: no «…с педагогами, имеющими» cut mid-phrase, no «актов о;»', () => {
    assert.equal(shorten(PHRASE, 60), 'Организация и проведение мероприятий с педагогами, имеющими…');
    assert.equal(shorten('Подготовка локальных нормативных актов о наставничестве', 34), 'Подготовка локальных нормативных…');
    assert.equal(shorten('Издание актов о; наставничестве и иное', 16), 'Издание актов…');
  });

  it('drops a dangling preposition or conjunction and trailing punctuation before «…»', () => {
    assert.equal(shorten('Встреча с наставниками и наставляемыми', 18), 'Встреча…');
    assert.equal(shorten('Анкетирование, опрос, беседы', 22), 'Анкетирование, опрос…');
  });

  it('a single word longer than the room is cut inside it: nothing shorter is possible', () => {
    assert.equal(shorten('Высокопрофессиональный', 10), 'Высокопро…');
  });
});

describe('fitWidth and textWidth', () => {
  it('fits the pixel room at a word boundary', () => {
    const s = fitWidth(PHRASE, 200, 12);
    assert.ok(textWidth(s, 12) <= 200);
    assert.ok(s.endsWith('…') && PHRASE.startsWith(s.slice(0, -1)));
    assert.equal(fitWidth('Приказ', 200, 12), 'Приказ');
  });

  it('bold text is wider than regular, wide letters wider than narrow ones', () => {
    assert.ok(textWidth('Шаблон', 12, true) > textWidth('Шаблон', 12));
    assert.ok(textWidth('шшшш', 12) > textWidth('iiii', 12));
  });
});

describe('shortHtml', () => {
  it('escapes, and keeps the whole text in a title only when shortened', () => {
    assert.equal(shortHtml('<b>Приказ</b>', 40), '&lt;b&gt;Приказ&lt;/b&gt;');
    assert.equal(shortHtml('Приказ о назначении <кураторов>', 16), '<span title="Приказ о назначении &lt;кураторов&gt;">Приказ…</span>');
  });
});
