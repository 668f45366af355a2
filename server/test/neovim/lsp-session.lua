-- A Neovim session with the built-in LSP client (Neovim 0.7+, Debian 12's version): starts the
-- bundled server, opens fixtures, asks what a user's key presses would ask, and writes the
-- answers as JSON for neovim.test.ts to check. Paths come from the environment.
local node = os.getenv('UN_RESOLUTION_NODE')
local server = os.getenv('UN_RESOLUTION_SERVER')
local workspace = os.getenv('UN_RESOLUTION_WORKSPACE')
local gap_fixture = os.getenv('UN_RESOLUTION_GAP_FIXTURE')
local result_file = os.getenv('UN_RESOLUTION_RESULT')
local TIMEOUT_MS = 15000

local function first_result(responses)
  for _, response in pairs(responses or {}) do
    if response.error then error(vim.inspect(response.error)) end
    return response.result
  end
end

local function request(bufnr, method, params)
  local responses, reason = vim.lsp.buf_request_sync(bufnr, method, params, TIMEOUT_MS)
  if not responses then error(method .. ': ' .. tostring(reason)) end
  return first_result(responses)
end

local function session()
  local client_id = vim.lsp.start_client({
    name = 'un-resolution',
    cmd = { node, server, '--stdio' },
    root_dir = workspace,
    get_language_id = function() return 'un-resolution' end,
  })
  assert(client_id, 'the client did not start')

  local function open(path)
    vim.cmd('edit ' .. vim.fn.fnameescape(path))
    local bufnr = vim.api.nvim_get_current_buf()
    vim.lsp.buf_attach_client(bufnr, client_id)
    return bufnr
  end
  local ready = vim.wait(TIMEOUT_MS, function()
    local client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized == true
  end, 20)
  assert(ready, 'the server did not initialize')

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

  -- What `gd` mapped to vim.lsp.buf.definition() does: jump into the other file.
  vim.lsp.buf.definition()
  vim.wait(TIMEOUT_MS, function() return vim.api.nvim_get_current_buf() ~= draft end, 20)
  answers.jumped_to = { file = vim.api.nvim_buf_get_name(0), cursor = vim.api.nvim_win_get_cursor(0) }

  local broken = open(gap_fixture)
  vim.wait(TIMEOUT_MS, function() return #vim.diagnostic.get(broken) > 0 end, 20)
  answers.diagnostics = vim.tbl_map(function(d)
    return { lnum = d.lnum, col = d.col, severity = d.severity, code = d.code, source = d.source, message = d.message }
  end, vim.diagnostic.get(broken))
  return answers
end

local ok, answers = pcall(session)
local file = assert(io.open(result_file, 'w'))
file:write(vim.fn.json_encode(ok and answers or { error = tostring(answers) }))
file:close()
vim.cmd(ok and 'qall!' or 'cquit! 1')
