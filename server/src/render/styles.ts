/**
 * The CSS of every Nastavnik block. One source: the dashboard and the report inline it (under a
 * nonce), the Markdown preview loads the same text from media/preview.css (a test keeps the two
 * equal). Colours of levels: оптимальный green, допустимый amber, недопустимый red.
 */
export const BLOCK_CSS = `
.nv-box { margin: 12px 0 18px; padding: 10px 14px; border: 1px solid rgba(128,128,128,.35); border-left: 4px solid #3b7dd8; \
border-radius: 6px; background: rgba(128,128,128,.06); font-size: 13px; line-height: 1.5; }
.nv-title { font-weight: 600; margin-bottom: 4px; display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
.nv-badge { display: inline-block; padding: 1px 10px; border-radius: 999px; font-weight: 700; white-space: nowrap; }
.nv-tone-good { background: #2e7d32; color: #fff; }
.nv-tone-warn { background: #f2a900; color: #1d1d1d; }
.nv-tone-bad { background: #c62828; color: #fff; }
.nv-tone-none { background: #6b6b6b; color: #fff; }
.nv-score.nv-box { border-left-color: #8e5cc7; }
.nv-completeness.nv-box { border-left-color: #2e9e6b; }
.nv-progress { margin: 12px 0 18px; padding: 10px 14px; border: 1px solid rgba(128,128,128,.35); border-left: 4px solid #2e9e6b; \
border-radius: 6px; background: rgba(128,128,128,.06); font-size: 13px; line-height: 1.5; }
.nv-progress-head { font-weight: 600; margin-bottom: 4px; }
.nv-progress-row { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; margin: 2px 0; }
.nv-progress-bar { max-width: 100%; height: auto; }
.nv-level { display: inline-block; padding: 0 8px; margin: 2px 2px 0 0; border-radius: 4px; font-size: 12px; }
.nv-note { opacity: .85; font-style: italic; margin: 2px 0 6px; }
.nv-sub { opacity: .85; margin: 0 0 6px; }
.nv-dim { opacity: .7; }
.nv-ok { color: #2e7d32; font-weight: 600; }
.nv-comp { white-space: nowrap; }
.nv-criteria, .nv-missing { margin: 4px 0; padding-left: 20px; }
.nv-missing-title { font-weight: 600; margin-top: 6px; }
.nv-meter { vertical-align: middle; }
.nv-chart-scroll { overflow-x: auto; overflow-y: hidden; max-width: 100%; margin-top: 6px; }
.nv-chart-scroll > svg { display: block; max-width: none; min-width: max-content; }
.nv-tl-narrow { display: none; }
@media (max-width: 640px) { .nv-tl-wide { display: none; } .nv-tl-narrow { display: block; } }
.nv-workload-chart { margin-top: 6px; }
.nv-wbar { display: grid; grid-template-columns: minmax(6em, min(18em, 40%)) minmax(48px, 1fr) 2.5em; gap: 8px; \
align-items: center; padding: 2px 4px; border-radius: 4px; }
.nv-wname { text-align: right; overflow-wrap: break-word; line-height: 1.25; }
.nv-wtrack { display: block; }
.nv-wcount { font-weight: 600; }
.nv-wbar[role="button"]:hover { background: rgba(59,125,216,.12); }
.nv-key { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin: 0 3px 0 8px; vertical-align: middle; }
.nv-key-person { background: #3b7dd8; } .nv-key-role { background: #2e9e6b; } .nv-key-other { background: #8a8a8a; }
th.nv-points, td.nv-points { text-align: center; font-weight: 700; white-space: nowrap; }
td.nv-points-2 { color: #2e7d32; } td.nv-points-0 { color: #c62828; }
.nv-raw-html { font-family: monospace; white-space: pre-wrap; opacity: .8; }
[role="button"][data-line] { cursor: pointer; }
[role="button"][data-line]:focus { outline: 2px solid #3b7dd8; outline-offset: 1px; }
g[role="button"]:hover > .nv-hit { fill: #3b7dd8; fill-opacity: .12; }
span.nv-jump[role="button"] { color: #3b7dd8; text-decoration: underline; }
`;

/** The exact text of media/preview.css (the preview loads the blocks' CSS from a file). */
export const PREVIEW_CSS_FILE =
  '/* Nastavnik blocks in the Markdown preview. Generated from server/src/render/styles.ts ' +
  `(BLOCK_CSS); test/render.test.ts keeps them equal. */\n${BLOCK_CSS.trim()}\n`;
