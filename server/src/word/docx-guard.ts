/**
 * Checks a Word file before mammoth reads it, so that a hostile or broken file ends in a clear
 * message instead of a crash, a hang or gigabytes of memory:
 * - over MAX_INPUT_BYTES on disk: refused unread;
 * - the kind of container by its first bytes: a .docx is a zip; an OLE compound file holding an
 *   «EncryptedPackage» stream is a .docx protected with a password (Word and LibreOffice write them
 *   so); any other compound file is an old .doc under a .docx name and goes through LibreOffice;
 * - the zip is opened with jszip (mammoth's own zip reader): its central directory is read, nothing
 *   is unpacked yet. The sizes it declares are checked first (cheap), then every XML part mammoth
 *   will read is inflated as a stream and counted, so a zip that lies about its sizes is stopped at
 *   the cap too. Pictures are never unpacked (the import leaves them out).
 */
import JSZip from 'jszip';
import { WordImportError } from './import-error';

export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
/**
 * One XML part: a 500-row roadmap's document.xml is ≈ 1.6 MB, a long school document's 2–5 MB.
 * mammoth reads ≈ 1–2 MB a second and holds the whole XML tree in memory, so the cap also bounds
 * the time and memory one import can take.
 */
export const MAX_PART_BYTES = 32 * 1024 * 1024;
/** All parts mammoth reads, together. */
export const MAX_XML_BYTES = 48 * 1024 * 1024;

export type Container = 'zip' | 'encrypted-docx' | 'ole' | 'rtf' | 'other';

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream an encrypted OOXML file keeps the document in (MS-OFFCRYPTO), as its directory spells it. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** What the bytes are, by their signature. */
export function containerOf(bytes: Buffer): Container {
  if (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    (bytes[3] === 4 || bytes[3] === 6)
  )
    return 'zip';
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) return bytes.includes(ENCRYPTED_PACKAGE) ? 'encrypted-docx' : 'ole';
  if (bytes.subarray(0, 5).toString('latin1') === '{\\rtf') return 'rtf';
  return 'other';
}

export function tooLarge(name: string, bytes: number): WordImportError {
  const mb = (bytes / 1024 / 1024).toFixed(1).replace('.', ',');
  return new WordImportError('tooLarge', {
    ru:
      `Файл «${name}» слишком большой (${mb} МБ; можно не больше ${MAX_INPUT_BYTES / 1024 / 1024} МБ). Обычно ` +
      'размер дают рисунки: удалите их или сожмите в Word («Формат рисунка → Сжать рисунки») и сохраните файл снова.',
    en:
      `«${name}» is too large (${bytes} bytes; at most ${MAX_INPUT_BYTES / 1024 / 1024} MB). ` +
      'Pictures usually make it so: delete or compress them in Word and save the file again.',
  });
}

export function encrypted(name: string): WordImportError {
  return new WordImportError('encrypted', {
    ru:
      `Файл «${name}» защищён паролем, его нельзя прочитать. Откройте его в Word, снимите пароль («Файл → Сведения → ` +
      'Защита документа → Зашифровать с использованием пароля», очистите поле) и сохраните, затем повторите импорт.',
    en:
      `«${name}» is protected with a password and cannot be read. Open it in Word, remove the password ` +
      '(File → Info → Protect Document → Encrypt with Password, clear the field), save it and import again.',
  });
}

function damaged(name: string, detail: string, hint?: { ru: string; en: string }): WordImportError {
  return new WordImportError(
    'damaged',
    {
      ru:
        `Файл «${name}» не читается как документ Word (.docx): он повреждён, не докачан или это файл другого вида. ` +
        (hint?.ru ??
          'Откройте его в Word или LibreOffice; если откроется — сохраните заново как .docx и повторите импорт, если нет — возьмите исходный файл ещё раз.'),
      en:
        `«${name}» cannot be read as a Word document (.docx): it is damaged, incomplete or another kind of file. ` +
        (hint?.en ??
          'Open it in Word or LibreOffice; if it opens, save it again as .docx and import that; if not, get the original file again.'),
    },
    detail,
  );
}

function zipBomb(name: string, part: string, bytes: number): WordImportError {
  return new WordImportError('zipBomb', {
    ru:
      `Файл «${name}» распаковывается в слишком большой объём (часть «${part}» — больше ${Math.round(bytes / 1024 / 1024)} МБ). ` +
      'Так не бывает у настоящего документа: файл испорчен или подделан, импорт остановлен. Возьмите исходный документ у автора.',
    en:
      `«${name}» unpacks to far too much data (part «${part}» is over ${Math.round(bytes / 1024 / 1024)} MB). No real document ` +
      'does that: the file is broken or crafted, and the import was stopped. Get the original document from its author.',
  });
}

/** jszip keeps the sizes from the zip's directory in a field its types do not declare. */
interface DeclaredSizes {
  _data?: { uncompressedSize?: unknown };
}

function declaredSize(file: JSZip.JSZipObject): number {
  const size = (file as unknown as DeclaredSizes)._data?.uncompressedSize;
  return typeof size === 'number' && Number.isFinite(size) ? size : 0;
}

/** The parts mammoth reads: XML and relationships. Pictures and embedded objects stay packed. */
const READ_PART = /\.(xml|rels)$/i;

/**
 * Opens a .docx with jszip and proves it is safe and complete enough for mammoth. Throws a
 * WordImportError (damaged, zipBomb) otherwise.
 */
export async function checkDocx(name: string, bytes: Buffer): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (error) {
    throw damaged(name, error instanceof Error ? error.message : String(error));
  }
  const files = Object.values(zip.files).filter((f) => !f.dir);
  let total = 0;
  for (const f of files) {
    const size = declaredSize(f);
    if (size > MAX_PART_BYTES) throw zipBomb(name, f.name, MAX_PART_BYTES);
    if (READ_PART.test(f.name)) total += size;
    if (total > MAX_XML_BYTES) throw zipBomb(name, f.name, MAX_XML_BYTES);
  }
  if (!zip.file('[Content_Types].xml') || !files.some((f) => /^word\//i.test(f.name))) {
    const mimetype = zip.file('mimetype');
    const odf = mimetype ? (await mimetype.async('string').catch(() => '')).startsWith('application/vnd.oasis.opendocument') : false;
    throw damaged(
      name,
      `no [Content_Types].xml or word/document.xml; entries: ${files
        .slice(0, 8)
        .map((f) => f.name)
        .join(', ')}`,
      odf
        ? {
            ru: 'Это документ OpenDocument (LibreOffice), сохранённый под именем .docx: переименуйте его в .odt и повторите импорт.',
            en: 'This is an OpenDocument (LibreOffice) file under a .docx name: rename it to .odt and import that.',
          }
        : {
            ru: 'Внутри нет текста документа Word. Откройте исходный файл в Word и сохраните его как «Документ Word (.docx)».',
            en: 'There is no Word document text inside. Open the original in Word and save it as «Word Document (.docx)».',
          },
    );
  }
  let read = 0;
  for (const f of files) {
    if (!READ_PART.test(f.name)) continue;
    const size = await inflatedSize(f, Math.min(MAX_PART_BYTES, MAX_XML_BYTES - read)).catch((error: unknown) => {
      throw damaged(name, `${f.name}: ${error instanceof Error ? error.message : String(error)}`);
    });
    if (size === undefined) throw zipBomb(name, f.name, Math.min(MAX_PART_BYTES, MAX_XML_BYTES - read));
    read += size;
  }
}

/** Unpacks one part as a stream and counts its bytes; undefined as soon as it passes `cap`. */
function inflatedSize(file: JSZip.JSZipObject, cap: number): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    let n = 0;
    const stream = file.nodeStream('nodebuffer');
    const stop = (value: number | undefined, error?: unknown): void => {
      stream.removeAllListeners('data');
      stream.removeAllListeners('end');
      stream.pause();
      if (error !== undefined) reject(error);
      else resolve(value);
    };
    stream.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n > cap) stop(undefined);
    });
    stream.on('end', () => stop(n));
    stream.on('error', (error: unknown) => stop(undefined, error));
  });
}
