-- What the Neovim sessions share (Neovim 0.7+): starting the bundled server with the built-in
-- client, opening a file in it, asking a request, following a definition as `gd` does, and
-- writing the answers as JSON for neovim.test.ts (or the error), then quitting. Loaded with
-- dofile by each session script; the result file comes from the environment.
local M = { TIMEOUT_MS = 30000 }

--- Starts the server (`cmd`) on `root_dir` with `init_options`; returns the client's id once it is initialized.
function M.start(cmd, root_dir, init_options)
  local client_id = vim.lsp.start_client({
    name = 'un-resolution',
    cmd = cmd,
    root_dir = root_dir,
    get_language_id = function() return 'un-resolution' end,
    init_options = init_options,
  })
  assert(client_id, 'the client did not start')
  local ready = vim.wait(M.TIMEOUT_MS, function()
    local client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized == true
  end, 20)
  assert(ready, 'the server did not initialize')
  return client_id
end

--- Edits `path` and attaches the client to its buffer; returns the buffer.
function M.open(client_id, path)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)
  return bufnr
end

--- The result of `method` on `bufnr`; an error answered or no answer in time raises.
function M.request(bufnr, method, params)
  local responses, reason = vim.lsp.buf_request_sync(bufnr, method, params, M.TIMEOUT_MS)
  if not responses then error(method .. ': ' .. tostring(reason)) end
  for _, response in pairs(responses) do
    if response.error then error(vim.inspect(response.error)) end
    return response.result
  end
end

--- What `gd` mapped to vim.lsp.buf.definition() does from `bufnr`: the file it jumped into and the cursor there.
function M.jump_to_definition(bufnr)
  vim.lsp.buf.definition()
  vim.wait(M.TIMEOUT_MS, function() return vim.api.nvim_get_current_buf() ~= bufnr end, 20)
  return { file = vim.api.nvim_buf_get_name(0), cursor = vim.api.nvim_win_get_cursor(0) }
end

--- Runs `session`, writes its answers (or its error) to $UN_RESOLUTION_RESULT and quits, with exit code 1 on an error.
function M.run(session)
  local ok, answers = pcall(session)
  local file = assert(io.open(os.getenv('UN_RESOLUTION_RESULT'), 'w'))
  file:write(vim.fn.json_encode(ok and answers or { error = tostring(answers) }))
  file:close()
  vim.cmd(ok and 'qall!' or 'cquit! 1')
end

return M
