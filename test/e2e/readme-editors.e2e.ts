/**
 * The README's Neovim and Emacs snippets, run as written (only the path to the server is filled in):
 * Neovim 0.7 from Debian (no `vim.lsp.start`, no `vim.fs`) and Emacs 28 with Debian's Eglot attach the
 * server to a Markdown file and receive its diagnostics, in the editor's language. The server itself
 * is given an environment that names no language (LANG=C.UTF-8), so only what the snippet passes —
 * `v:lang` in Neovim, Emacs's language environment or LANG — can make the messages English; without
 * it they would be Russian, the default.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { tempDir } from '../temp-dir';
import { hasCommand, ROOT } from './harness';

const SERVER = join(ROOT, 'dist/server.js');
const PLACEHOLDER = '/путь/к/nastavnik/dist/server.js';
const EXAMPLE = resolve(ROOT, 'examples/003-severodvinsk-college-roadmap.md');

/** The fenced block of `lang` that follows the paragraph starting with `intro` in README.md. */
function readmeSnippet(intro: string, lang: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf(`\n${intro}`);
  assert.ok(at >= 0, `README has a paragraph starting «${intro}»`);
  const block = new RegExp('```' + lang + '\\n([\\s\\S]*?)\\n```').exec(readme.slice(at));
  assert.ok(block, `a ${lang} block follows «${intro}»`);
  assert.ok(block[1]!.includes(PLACEHOLDER), 'the snippet names the server by the placeholder path');
  return block[1]!.split(PLACEHOLDER).join(SERVER);
}

interface Seen {
  code: string;
  message: string;
}

const hasCyrillic = (s: string) => /[а-яё]/i.test(s);

/** The environment of the editor: its language, and nothing else that names one. */
function editorEnv(lang: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: lang, HOME: tempDir('nastavnik-editor-home-') };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  delete env.NASTAVNIK_LOCALE;
  return env;
}

function runNeovim(lang: string): Seen[] {
  const dir = tempDir('nastavnik-readme-nvim-');
  const snippet = join(dir, 'snippet.lua');
  const out = join(dir, 'diagnostics.json');
  writeFileSync(snippet, readmeSnippet('Neovim (', 'lua'));
  const harness = join(dir, 'run.lua');
  writeFileSync(
    harness,
    `-- The server's own environment names no language: only the snippet's initialize locale can.
local start = vim.lsp.start_client
vim.lsp.start_client = function(config)
  config.cmd_env = { LANG = 'C.UTF-8' }
  return start(config)
end
dofile(${JSON.stringify(snippet)})
vim.cmd('filetype on')
vim.cmd('edit ' .. vim.fn.fnameescape(${JSON.stringify(EXAMPLE)}))
local bufnr = vim.api.nvim_get_current_buf()
vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
local result = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do table.insert(result, { code = d.code, message = d.message }) end
local f = io.open(${JSON.stringify(out)}, 'w')
f:write(vim.fn.json_encode(result))
f:close()
for _, client in pairs(vim.lsp.get_active_clients()) do client.stop() end
vim.cmd('qa!')
`,
  );
  execFileSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${harness}`], {
    env: editorEnv(lang),
    timeout: 120_000,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return JSON.parse(readFileSync(out, 'utf8')) as Seen[];
}

function runEmacs(lang: string): Seen[] {
  const dir = tempDir('nastavnik-readme-emacs-');
  const out = join(dir, 'diagnostics.json');
  const script = join(dir, 'run.el');
  writeFileSync(
    script,
    `(require 'package)
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'json)
;; markdown-mode is not in Debian's base packages: a mode of that name stands in for it.
(unless (fboundp 'markdown-mode) (define-derived-mode markdown-mode text-mode "Markdown"))
;; The README's snippet, as written:
${readmeSnippet('Emacs (', 'elisp')}
(require 'eglot)
(setq eglot-sync-connect 30)
;; The server's own environment names no language: only the snippet's initializationOptions can.
(setenv "LANG" "C.UTF-8")
(find-file ${JSON.stringify(EXAMPLE)})
(markdown-mode)
;; \`eglot-ensure' waits for the command loop, which batch mode never runs: connect as it would.
(unless (eglot-current-server) (apply #'eglot (eglot--guess-contact)))
(let ((deadline (+ (float-time) 60)))
  (while (and (null eglot--diagnostics) (< (float-time) deadline))
    (accept-process-output nil 0.1)))
(let ((result (mapcar (lambda (d)
                        (let ((text (flymake-diagnostic-text d)))
                          \`((code . ,(if (string-match "\\\\[\\\\([a-z-]+\\\\)\\\\]" text) (match-string 1 text) "?"))
                            (message . ,text))))
                      eglot--diagnostics)))
  (with-temp-file ${JSON.stringify(out)} (insert (json-encode (vconcat result)))))
(kill-emacs 0)
`,
  );
  execFileSync('emacs', ['--batch', '-Q', '-l', script], { env: editorEnv(lang), timeout: 120_000, stdio: ['ignore', 'ignore', 'pipe'] });
  return JSON.parse(readFileSync(out, 'utf8')) as Seen[];
}

describe("the README's Neovim snippet, on Debian's Neovim", {
  skip: !hasCommand('nvim') && 'Debian package neovim is not installed',
}, () => {
  test('attaches the server and shows messages in the language of v:lang (English)', () => {
    const seen = runNeovim('en_US.UTF-8');
    assert.ok(seen.length > 0, 'diagnostics arrived');
    assert.ok(seen.some((d) => d.code === 'missing-column'));
    assert.ok(
      seen.every((d) => !hasCyrillic(d.message.replace(/«[^»]*»/g, ''))),
      seen.map((d) => d.message).join('\n'),
    );
  });
  test('… and in Russian for a Russian v:lang', () => {
    const seen = runNeovim('ru_RU.UTF-8');
    assert.ok(seen.length > 0 && seen.every((d) => hasCyrillic(d.message)));
  });
});

describe("the README's Emacs snippet, with Debian's Eglot", {
  skip: !hasCommand('emacs') && 'Debian packages emacs-nox and elpa-eglot are not installed',
}, () => {
  test('attaches the server and follows the language of Emacs (English)', () => {
    const seen = runEmacs('en_US.UTF-8');
    assert.ok(seen.length > 0, 'diagnostics arrived');
    assert.ok(seen.some((d) => d.code === 'missing-column'));
    assert.ok(
      seen.every((d) => !hasCyrillic(d.message.replace(/«[^»]*»/g, ''))),
      seen.map((d) => d.message).join('\n'),
    );
  });
  test('… and Russian when the language environment of Emacs is Russian', () => {
    const seen = runEmacs('ru_RU.UTF-8');
    assert.ok(seen.length > 0 && seen.every((d) => hasCyrillic(d.message)));
  });
});
