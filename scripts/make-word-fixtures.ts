/**
 * Makes the Word fixtures of test/word-import.test.ts with real tools, never by hand:
 * - each HTML source in test/fixtures/word/src/ → .docx with LibreOffice (headless); the roadmap also
 *   → .doc (Word 97) and .odt, the formats LibreOffice converts on import;
 * - hostile files from those outputs: a truncated .docx, a .docx whose document.xml is cut in the
 *   middle (rewritten with jszip), an .odt under a .docx name, a zip with no Word document in it
 *   (jszip), two zip bombs written with node's zlib (one honest about its sizes, one that lies);
 * - password-protected .docx and .doc, written by LibreOffice through its UNO API (needs Debian's
 *   python3-uno; skipped with a note when it is missing: the committed files stay).
 *
 *   npx tsx scripts/make-word-fixtures.ts            # all fixtures (≈ 1 min)
 *   npx tsx scripts/make-word-fixtures.ts --measure  # import time of 40- and 500-row roadmaps (not committed)
 */
import { spawnSync } from 'node:child_process';
import { deflateRawSync, crc32 } from 'node:zlib';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { importWord } from '../server/src/word/import';
import { findSoffice, sofficeConvert, type SofficeTarget } from '../server/src/word/soffice';

const ROOT = join(__dirname, '..');
const DIR = join(ROOT, 'test', 'fixtures', 'word');
const SRC = join(DIR, 'src');

function log(line: string): void {
  process.stderr.write(line + '\n');
}

async function convert(html: string, target: SofficeTarget, out: string): Promise<Buffer> {
  const bytes = await sofficeConvert(html, target);
  writeFileSync(out, bytes);
  log(`  ${basename(out)} (${bytes.length} байт)`);
  return bytes;
}

// ───────────────────────────── zip bombs (node's zlib) ─────────────────────────────

interface Entry {
  name: string;
  data: Buffer;
  declaredSize?: number;
}

/** A plain zip (deflate, no zip64) written field by field, so that a size can be made to lie. */
function zipWithZlib(entries: readonly Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const packed = deflateRawSync(e.data, { level: 9 });
    const crc = crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0, 10); // time, date
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** A document.xml that unpacks to `mb` megabytes: a real opening, then spaces. */
function bombEntries(mb: number, lie: boolean): Entry[] {
  const head =
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
  const data = Buffer.alloc(mb * 1024 * 1024, 0x20);
  data.write(head, 0, 'utf8');
  return [
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default ' +
          'Extension="xml" ContentType="application/xml"/></Types>',
      ),
    },
    { name: 'word/document.xml', data, declaredSize: lie ? 4096 : undefined },
  ];
}

// ───────────────────────────── password (LibreOffice through UNO) ─────────────────────────────

/** Opens `src` in a private headless LibreOffice and stores it with a password. */
const ENCRYPT_PY = `
import os, subprocess, sys, time, uno
from com.sun.star.beans import NamedValue, PropertyValue
def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p
src, dst, password, profile, filt = sys.argv[1:6]
pipe = "nastavnik_fixtures_%d" % os.getpid()
office = subprocess.Popen(
    ["soffice", "--headless", "--norestore", "--invisible",
     "-env:UserInstallation=" + uno.systemPathToFileUrl(profile), "--accept=pipe,name=%s;urp;" % pipe],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
ctx = None
for _ in range(240):
    try:
        ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe); break
    except Exception:
        time.sleep(0.25)
desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (prop("Hidden", True),))
if filt == "MS Word 2007 XML":
    # OOXML is encrypted through EncryptionData (ECMA-376 Standard encryption); "Password" alone is ignored.
    secret = NamedValue(); secret.Name = "OOXPassword"; secret.Value = password
    kind = NamedValue(); kind.Name = "CryptoType"; kind.Value = "Standard"
    data = uno.Any("[]com.sun.star.beans.NamedValue", (secret, kind))
    uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(dst), (prop("FilterName", filt), PropertyValue("EncryptionData", 0, data, 0))))
else:
    doc.storeToURL(uno.systemPathToFileUrl(dst), (prop("FilterName", filt), prop("Password", password)))
doc.close(True)
try:
    desktop.terminate()
except Exception:
    pass
office.wait(timeout=60)
`;

function encrypt(src: string, dst: string, filter: string): boolean {
  const python = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import uno'], { stdio: 'ignore' }).status === 0);
  if (!python) {
    log(`  ${basename(dst)}: пропущен — нет python3-uno (apt-get install python3-uno); остаётся прежний файл`);
    return false;
  }
  const work = mkdtempSync(join(tmpdir(), 'nastavnik-encrypt-'));
  try {
    const script = join(work, 'encrypt.py');
    writeFileSync(script, ENCRYPT_PY);
    const r = spawnSync(python, [script, src, dst, 'nastavnik', join(work, 'profile'), filter], { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0 || !existsSync(dst)) throw new Error(`LibreOffice could not write ${basename(dst)}: ${r.stderr}`);
    log(`  ${basename(dst)} (пароль «nastavnik»)`);
    return true;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ───────────────────────────── measurement ─────────────────────────────

const STAGES = [
  'Подготовка условий для реализации системы наставничества',
  'Формирование банка наставляемых',
  'Формирование банка наставников',
  'Отбор и обучение наставников',
  'Организация и осуществление работы наставнических пар/групп',
  'Завершение персонализированных программ наставничества',
  'Информационная поддержка системы наставничества',
];
const MONTHS = [
  'Сентябрь 2025',
  'Октябрь 2025',
  'Ноябрь 2025',
  'Декабрь 2025',
  'Январь 2026',
  'Февраль 2026',
  'Март 2026',
  'Апрель 2026',
  'Май 2026',
];

/** A roadmap of `rows` activities, its stages merged down over their rows, as Word makes them. */
function roadmapHtml(rows: number): string {
  const per = Math.ceil(rows / STAGES.length);
  const body: string[] = [];
  for (let i = 0; i < rows; i++) {
    const stage = Math.floor(i / per);
    const first = i % per === 0;
    const span = Math.min(per, rows - stage * per);
    body.push(
      `<tr><td>${i + 1}.</td>${first ? `<td rowspan="${span}">${STAGES[stage]}</td>` : ''}<td>Мероприятие ${i + 1}: встреча ` +
        'наставника и наставляемого по плану, обсуждение результатов и трудностей</td><td>' +
        `${MONTHS[Math.min(MONTHS.length - 1, Math.floor((i / rows) * MONTHS.length))]}</td><td>Куратор, ` +
        `наставники</td><td>Протокол встречи № ${i + 1}</td></tr>`,
    );
  }
  return `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"></head><body>
<p>УТВЕРЖДАЮ<br>Директор МБОУ «Средняя школа № 1»<br>Приказ № 45 от 29.08.2025</p>
<h1>Дорожная карта реализации системы наставничества педагогических работников в МБОУ «Средняя школа № 1» на 2025-2026 учебный год</h1>
<table border="1"><tr><td>№</td><td>Этап</td><td>Мероприятия</td><td>Сроки</td><td>Ответственные</td><td>Результат</td></tr>
<tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td></tr>
${body.join('\n')}</table></body></html>`;
}

async function measure(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'nastavnik-measure-'));
  try {
    for (const rows of [40, 500]) {
      const html = join(work, `roadmap-${rows}.html`);
      writeFileSync(html, roadmapHtml(rows));
      const docx = join(work, `roadmap-${rows}.docx`);
      const t0 = performance.now();
      writeFileSync(docx, await sofficeConvert(html, 'docx'));
      const made = performance.now() - t0;
      const times: number[] = [];
      let result;
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        result = await importWord(docx);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const size = readFileSync(docx).length;
      log(
        `${rows} строк: .docx ${Math.round(size / 1024)} КБ (LibreOffice ${Math.round(made)} мс); импорт: ` +
          `медиана ${Math.round(times[2]!)} мс, первый ${Math.round(Math.max(...times))} мс, лучший ` +
          `${Math.round(times[0]!)} мс; строк плана ${result!.summary.rows}, ошибок ${result!.summary.errors}`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ───────────────────────────── main ─────────────────────────────

async function main(): Promise<void> {
  if (!findSoffice()) throw new Error('LibreOffice (soffice) не найден: apt-get install libreoffice-writer-nogui');
  if (process.argv.includes('--measure')) return measure();
  log('Из HTML (LibreOffice):');
  for (const name of readdirSync(SRC)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    await convert(join(SRC, name), 'docx', join(DIR, name.replace(/\.html$/, '.docx')));
  }
  const roadmapHtmlPath = join(SRC, 'roadmap-merged.html');
  await convert(roadmapHtmlPath, 'doc', join(DIR, 'roadmap-merged.doc'));
  const odt = await convert(roadmapHtmlPath, 'odt', join(DIR, 'roadmap-merged.odt'));

  log('Испорченные и опасные:');
  const roadmap = readFileSync(join(DIR, 'roadmap-merged.docx'));
  writeFileSync(join(DIR, 'hostile-truncated.docx'), roadmap.subarray(0, Math.floor(roadmap.length * 0.6)));
  writeFileSync(join(DIR, 'hostile-odt-named-docx.docx'), odt);
  const notDocx = new JSZip();
  notDocx.file('readme.txt', 'Это архив, а не документ Word.');
  notDocx.file('data/table.csv', 'Этап;Сроки\nПодготовка;Сентябрь 2025\n');
  writeFileSync(join(DIR, 'hostile-zip-not-docx.docx'), await notDocx.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  const broken = await JSZip.loadAsync(roadmap);
  const xml = await broken.file('word/document.xml')!.async('string');
  broken.file('word/document.xml', xml.slice(0, Math.floor(xml.length / 2)));
  writeFileSync(join(DIR, 'hostile-broken-xml.docx'), await broken.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  writeFileSync(join(DIR, 'hostile-zip-bomb.docx'), zipWithZlib(bombEntries(80, false)));
  writeFileSync(join(DIR, 'hostile-zip-bomb-lying.docx'), zipWithZlib(bombEntries(80, true)));
  for (const f of [
    'hostile-truncated.docx',
    'hostile-odt-named-docx.docx',
    'hostile-zip-not-docx.docx',
    'hostile-broken-xml.docx',
    'hostile-zip-bomb.docx',
    'hostile-zip-bomb-lying.docx',
  ]) {
    log(`  ${f} (${readFileSync(join(DIR, f)).length} байт)`);
  }
  encrypt(join(DIR, 'roadmap-merged.docx'), join(DIR, 'hostile-password.docx'), 'MS Word 2007 XML');
  encrypt(join(DIR, 'roadmap-merged.docx'), join(DIR, 'hostile-password.doc'), 'MS Word 97');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
