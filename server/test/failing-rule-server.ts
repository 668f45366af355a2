// The language server with one more rule, which always throws: the protocol test of a
// failing rule bundles this entry and runs it instead of dist/server.js.
import { RULES } from '../src/core/rules';
import type { Rule } from '../src/core/rules/rule';
import '../src/server';

const FAILING_RULE: Rule = {
  code: 'test.always-fails',
  severity: 'error',
  reads: 'text',
  description: 'Throws on every document.',
  check: () => {
    throw new Error('this rule always fails');
  },
};

// The server reads RULES only when it checks a document, after this has run.
(RULES as Rule[]).push(FAILING_RULE);
