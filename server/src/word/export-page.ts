/**
 * The page of an exported document: A4, landscape for the wide plans (roadmaps, municipal complexes
 * of measures), portrait for programmes; margins as Russian school documents use them (ГОСТ Р 7.0.97:
 * 30 mm left for the binding, 15 mm right, 20 mm top and bottom); Times New Roman 12 pt, title 14 pt;
 * the page number centred in the footer.
 */
import {
  AlignmentType,
  Footer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type IStylesOptions,
  type ISectionPropertiesOptions,
} from 'docx';
import type { DocumentKind } from '../core/model';

/** Word measures pages in twentieths of a point (twips): 1 mm ≈ 56.7. */
const mm = (v: number): number => Math.round(v * 56.6929);

const A4_SHORT = mm(210);
const A4_LONG = mm(297);
const MARGIN = { left: mm(30), right: mm(15), top: mm(20), bottom: mm(20) };

export const FONT = 'Times New Roman';
/** Sizes in half-points, as Word stores them. */
export const BODY_SIZE = 24;
export const TITLE_SIZE = 28;

export interface PageLayout {
  landscape: boolean;
  /** Width between the margins, twips: what tables and the approval block are laid out in. */
  contentWidth: number;
}

/** Roadmaps and municipal plans are wide tables: landscape. Programmes are mostly text: portrait. */
export function pageLayout(kind: DocumentKind): PageLayout {
  const landscape = kind === 'roadmap' || kind === 'municipal';
  const width = landscape ? A4_LONG : A4_SHORT;
  return { landscape, contentWidth: width - MARGIN.left - MARGIN.right };
}

export function sectionProperties(layout: PageLayout): ISectionPropertiesOptions {
  // docx swaps width and height itself for a landscape page: the size is given as portrait A4.
  return {
    page: {
      size: { width: A4_SHORT, height: A4_LONG, orientation: layout.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { ...MARGIN, header: mm(10), footer: mm(10) },
    },
  };
}

/** The page number, centred: a PAGE field, so Word and LibreOffice number every page themselves. */
export function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: BODY_SIZE })],
      }),
    ],
  });
}

const heading = (size: number, centred: boolean) => ({
  run: { font: FONT, size, bold: true, color: '000000' },
  paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, ...(centred ? { alignment: AlignmentType.CENTER } : {}) },
});

/** Every style in Times New Roman, black: Word's default headings are blue Calibri Light. */
export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: { run: { font: FONT, size: BODY_SIZE }, paragraph: { spacing: { after: 0, line: 240 } } },
      title: heading(TITLE_SIZE, true),
      heading1: heading(TITLE_SIZE, true),
      heading2: heading(BODY_SIZE + 2, false),
      heading3: heading(BODY_SIZE, false),
      heading4: heading(BODY_SIZE, false),
      heading5: heading(BODY_SIZE, false),
      heading6: heading(BODY_SIZE, false),
      listParagraph: { run: { font: FONT, size: BODY_SIZE } },
    },
  };
}
