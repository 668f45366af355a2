#!/usr/bin/env node
// The UN resolution language server on Node. Transports: --stdio, --node-ipc, --socket=N
// (chosen by vscode-languageserver from the command line); the server itself is
// lsp/create-server.ts, here given the real file system and worker threads.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createServer } from './lsp/create-server';
import { nodeServices } from './lsp/node-services';

createServer(createConnection(ProposedFeatures.all), nodeServices());
