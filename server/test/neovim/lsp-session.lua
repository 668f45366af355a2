-- A Neovim session with the built-in LSP client (Neovim 0.7+, Debian 12's version): starts the
-- bundled server, opens fixtures, asks what a user's key presses would ask, and writes the
-- answers as JSON for neovim.test.ts to check. Paths come from the environment.
local lsp = dofile(debug.getinfo(1, 'S').source:sub(2):match('(.*[/\\])') .. 'session.lua')
local workspace = os.getenv('UN_RESOLUTION_WORKSPACE')
local gap_fixture = os.getenv('UN_RESOLUTION_GAP_FIXTURE')
local TIMEOUT_MS = lsp.TIMEOUT_MS

lsp.run(function()
  local client_id = lsp.start({ os.getenv('UN_RESOLUTION_NODE'), os.getenv('UN_RESOLUTION_SERVER'), '--stdio' }, workspace)
  local function open(path) return lsp.open(client_id, path) end
  local request = lsp.request

  local answers = {}

  local resolution = open(workspace .. '/A_RES_73_266.adopted.txt')
  answers.symbols = request(resolution, 'textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params(resolution) })

  local draft = open(workspace .. '/A_C.1_75_L.4.pdf-extracted.txt')
  local found = vim.fn.search('73/266 of 22 December', 'w')
  assert(found > 0, 'the citation of 73/266 is not in the draft')
  vim.cmd('normal! 2l')
  local at = vim.lsp.util.make_position_params()
  answers.citation_position = at.position
  -- The server indexes the workspace after initializing; until then the target is unknown.
  local deadline = vim.loop.now() + TIMEOUT_MS
  repeat
    answers.definition = request(draft, 'textDocument/definition', at)
    if answers.definition ~= nil and #answers.definition > 0 then break end
    vim.wait(100)
  until vim.loop.now() > deadline
  answers.hover = request(draft, 'textDocument/hover', at)

  -- What `gd` does: jump into the other file.
  answers.jumped_to = lsp.jump_to_definition(draft)

  local broken = open(gap_fixture)
  vim.wait(TIMEOUT_MS, function() return #vim.diagnostic.get(broken) > 0 end, 20)
  answers.diagnostics = vim.tbl_map(function(d)
    return { lnum = d.lnum, col = d.col, severity = d.severity, code = d.code, source = d.source, message = d.message }
  end, vim.diagnostic.get(broken))
  return answers
end)
