import { analyze } from './server/src/core/analyze';
const cases: Record<string, string> = {
  'wide60x2000 tiny': (() => { const row = '|' + 'a|'.repeat(60); return [row, '|' + '-|'.repeat(60), ...Array(2000).fill(row)].join('\n'); })(),
  'cols8 x 20000 tiny': (() => { const row = '|' + 'a|'.repeat(8); return [row, '|' + '-|'.repeat(8), ...Array(20000).fill(row)].join('\n'); })(),
  'line 19k [': '['.repeat(19_000),
  'line 19k *a ': '*a '.repeat(6300),
  'lines of [ 100x19k': Array(100).fill('['.repeat(19_000)).join('\n'),
  'line 19k pipes header-like': ('a|'.repeat(60) + 'b '.repeat(9000)),
  'lines 1k of 60 pipes no table': Array(5000).fill('a|'.repeat(60)).join('\n'),
  'nested lists 5k': Array.from({ length: 3000 }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n'),
  'blockquote 10k >': '>'.repeat(10_000) + ' x',
  'emphasis nested': '*'.repeat(10000) + 'a' + '*'.repeat(10000),
  'links [](': '[a]('.repeat(4000),
  'html open 100k': '<div>'.repeat(20000),
  'backticks': '`'.repeat(19000),
  'cell <br> 100KB': '| a | b |\n|---|---|\n| ' + '<br>'.repeat(25000) + ' | c |',
};
for (const [name, text] of Object.entries(cases)) {
  const t0 = performance.now();
  const a = analyze(text);
  console.log(name.padEnd(32), (text.length / 1024).toFixed(0).padStart(6), 'KB', (performance.now() - t0).toFixed(0).padStart(7), 'ms', a.internalErrors.length, a.diagnostics.filter(d => d.code === 'input-limit').length);
}
