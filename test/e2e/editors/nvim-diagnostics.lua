-- Headless Neovim (0.7: vim.lsp.start_client) runs the Nastavnik server on one file and writes the
-- diagnostics it received as JSON. Arguments come from the environment so the script stays plain.
local server = os.getenv('NASTAVNIK_SERVER')
local out = os.getenv('NASTAVNIK_OUT')
local file = os.getenv('NASTAVNIK_FILE')
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'nastavnik',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
vim.lsp.buf_attach_client(bufnr, client_id)
local ok = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
-- A clean document publishes an empty list; give it time to arrive and accept an empty result then.
if not ok then vim.wait(2000) end
local result = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(result, { code = d.code, line = d.lnum, col = d.col, end_line = d.end_lnum, end_col = d.end_col, severity = d.severity, message = d.message })
end
local f = io.open(out, 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
