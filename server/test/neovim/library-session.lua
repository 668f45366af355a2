-- A Neovim session that fetches a cited document (Neovim 0.7+): the bundled server started under
-- the network guard with the library set in init_options (folder, url on 127.0.0.1, fetch =
-- 'always'), a draft citing a document the library lacks opened, and definition asked on its
-- citation: the server fetches the document, then answers. The answers go to a JSON file for
-- neovim.test.ts. Paths and the address come from the environment.
local node = os.getenv('UN_RESOLUTION_NODE')
local guard = os.getenv('UN_RESOLUTION_NETWORK_GUARD')
local server = os.getenv('UN_RESOLUTION_SERVER')
local workspace = os.getenv('UN_RESOLUTION_WORKSPACE')
local draft_file = os.getenv('UN_RESOLUTION_DRAFT')
local library = os.getenv('UN_RESOLUTION_LIBRARY')
local url = os.getenv('UN_RESOLUTION_LIBRARY_URL')
local result_file = os.getenv('UN_RESOLUTION_RESULT')
local TIMEOUT_MS = 30000

local function session()
  local client_id = vim.lsp.start_client({
    name = 'un-resolution',
    cmd = { node, '--require', guard, server, '--stdio' },
    root_dir = workspace,
    get_language_id = function() return 'un-resolution' end,
    init_options = { library = { folder = library, url = url, fetch = 'always' } },
  })
  assert(client_id, 'the client did not start')
  local ready = vim.wait(TIMEOUT_MS, function()
    local client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized == true
  end, 20)
  assert(ready, 'the server did not initialize')

  vim.cmd('edit ' .. vim.fn.fnameescape(draft_file))
  local draft = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(draft, client_id)
  assert(vim.fn.search('80/3;', 'w') > 0, 'the citation of 80/3 is not in the draft')
  vim.cmd('normal! 2l')
  local at = vim.lsp.util.make_position_params()

  local answers = { citation_position = at.position }
  local responses, reason = vim.lsp.buf_request_sync(draft, 'textDocument/definition', at, TIMEOUT_MS)
  if not responses then error('textDocument/definition: ' .. tostring(reason)) end
  for _, response in pairs(responses) do
    if response.error then error(vim.inspect(response.error)) end
    answers.definition = response.result
  end

  -- What `gd` mapped to vim.lsp.buf.definition() does, the document now in the library.
  vim.lsp.buf.definition()
  vim.wait(TIMEOUT_MS, function() return vim.api.nvim_get_current_buf() ~= draft end, 20)
  answers.jumped_to = { file = vim.api.nvim_buf_get_name(0), cursor = vim.api.nvim_win_get_cursor(0) }
  return answers
end

local ok, answers = pcall(session)
local file = assert(io.open(result_file, 'w'))
file:write(vim.fn.json_encode(ok and answers or { error = tostring(answers) }))
file:close()
vim.cmd(ok and 'qall!' or 'cquit! 1')
