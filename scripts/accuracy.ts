/**
 * `npm run accuracy [--verbose] [name…]`: Nastavnik against the real-world corpus. Per fixture and in
 * total: warnings and errors reported, how many are real (the reviewer listed them), false alarms,
 * precision; visible defects and how many were found, recall; facts read differently (kind,
 * profile, period, approval). `--verbose` lists every false alarm, miss and misreading.
 */
import { corpusNames, evaluate, totals } from '../test/real-world-support';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const only = args.filter((a) => !a.startsWith('-'));
const names = corpusNames().filter((n) => only.length === 0 || only.some((o) => n.startsWith(o)));
const results = names.map((n) => evaluate(n));

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(
  `${'документ'.padEnd(44)} ${pad('вид', 9)} ${pad('сообщ.', 6)} ${pad('верно', 5)} ` +
    `${pad('ложно', 5)} ${pad('недоч.', 6)} ${pad('найд.', 5)} ${pad('прочтено', 8)}`,
);
for (const r of results) {
  const defects = r.found.length + r.missed.length;
  const reported = r.real.length + r.falseAlarms.length + r.tolerated.length;
  console.log(
    `${r.name.slice(0, 44).padEnd(44)} ${pad(r.kind, 9)} ${pad(reported, 6)} ${pad(r.real.length, 5)} ` +
      `${pad(r.falseAlarms.length, 5)} ${pad(defects, 6)} ${pad(r.found.length, 5)} ` +
      `${pad(r.misread.length === 0 ? 'да' : `${r.misread.length} расх.`, 8)}`,
  );
  if (verbose || r.falseAlarms.length > 0) {
    for (const f of r.falseAlarms) console.log(`    ложно  стр. ${f.line} ${f.code} (${f.severity}): ${f.message.slice(0, 160)}`);
  }
  if (verbose) {
    for (const m of r.missed) console.log(`    пропущено ${m.line ? `стр. ${m.line} ` : ''}${m.code}: ${m.why ?? ''}`);
    for (const m of r.misread) console.log(`    прочтено иначе: ${m}`);
  }
}
const t = totals(results);
console.log('');
console.log(
  `Документов: ${results.length}. Предупреждений и ошибок: ${t.reported} (верных ${t.real}, ` +
    `ложных ${t.falseAlarms}, допустимых ${t.reported - t.real - t.falseAlarms}).`,
);
console.log(
  `Точность (precision): ${pct(t.precision)}. Недочётов в документах: ${t.defects}, найдено ${t.found}: полнота (recall) ${pct(t.recall)}.`,
);
console.log(`Вид, профиль, период, дата утверждения прочтены иначе, чем у проверяющего: ${t.misread} раз.`);
