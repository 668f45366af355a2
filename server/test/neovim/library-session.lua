-- A Neovim session that fetches a cited document: the bundled server started under the network
-- guard with the library set in init_options (folder, url on 127.0.0.1, fetch = 'always'), a
-- draft citing a document the library lacks opened, and definition asked on its citation: the
-- server fetches the document, then answers. Paths and the address come from the environment.
local lsp = dofile(debug.getinfo(1, 'S').source:sub(2):match('(.*[/\\])') .. 'session.lua')

lsp.run(function()
  local client_id = lsp.start(
    { os.getenv('UN_RESOLUTION_NODE'), '--require', os.getenv('UN_RESOLUTION_NETWORK_GUARD'), os.getenv('UN_RESOLUTION_SERVER'), '--stdio' },
    os.getenv('UN_RESOLUTION_WORKSPACE'),
    { library = { folder = os.getenv('UN_RESOLUTION_LIBRARY'), url = os.getenv('UN_RESOLUTION_LIBRARY_URL'), fetch = 'always' } }
  )
  local draft = lsp.open(client_id, os.getenv('UN_RESOLUTION_DRAFT'))
  assert(vim.fn.search('80/3;', 'w') > 0, 'the citation of 80/3 is not in the draft')
  vim.cmd('normal! 2l')
  local at = vim.lsp.util.make_position_params()
  local answers = { citation_position = at.position }
  answers.definition = lsp.request(draft, 'textDocument/definition', at)
  -- The document is now in the library: `gd` jumps into it.
  answers.jumped_to = lsp.jump_to_definition(draft)
  return answers
end)
