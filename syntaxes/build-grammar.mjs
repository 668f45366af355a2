#!/usr/bin/env node
// Builds syntaxes/un-resolution.tmLanguage.json from syntaxes/un-resolution.tmLanguage.yaml.
//
//   node syntaxes/build-grammar.mjs           write the JSON (npm run grammar)
//   node syntaxes/build-grammar.mjs --check   exit 1 if the committed JSON is stale
//
// The YAML may hold a top-level `variables` map (as in Sublime syntaxes): every
// `{{name}}` in a string is replaced by the variable's value; a list value
// becomes the alternation `(?:a|b|c)`. Variables may use other variables.
// Captures inside variables are rejected (they would shift the numbering of the
// captures of the rules that use them), except in variables named cap_*, which
// must hold exactly one.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const here = dirname(fileURLToPath(import.meta.url));
export const YAML_PATH = join(here, 'un-resolution.tmLanguage.yaml');
export const JSON_PATH = join(here, 'un-resolution.tmLanguage.json');

/** Counts capture groups `(`, `(?<name>` (not `(?:`, look-arounds, atomic, escaped or in a class). */
function countCaptures(re) {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (c === '(') {
      if (re[i + 1] !== '?') n++;
      else if (re[i + 2] === '<' && re[i + 3] !== '=' && re[i + 3] !== '!') n++;
    }
  }
  return n;
}

function expandVariables(rawVars) {
  const resolved = new Map();
  const resolving = new Set();
  const resolve = (name) => {
    if (resolved.has(name)) return resolved.get(name);
    if (!(name in rawVars)) throw new Error(`unknown grammar variable {{${name}}}`);
    if (resolving.has(name)) throw new Error(`grammar variable {{${name}}} refers to itself`);
    resolving.add(name);
    const raw = rawVars[name];
    const text = Array.isArray(raw) ? `(?:${raw.map(String).join('|')})` : String(raw);
    const value = substitute(text, resolve);
    const captures = countCaptures(value);
    const expected = name.startsWith('cap_') ? 1 : 0;
    if (captures !== expected) {
      throw new Error(`grammar variable {{${name}}} has ${captures} capture groups, expected ${expected} (only cap_* variables hold one)`);
    }
    resolving.delete(name);
    resolved.set(name, value);
    return value;
  };
  return resolve;
}

function substitute(text, resolve) {
  return text.replace(/\{\{([A-Za-z0-9_]+)\}\}/g, (_, name) => resolve(name));
}

function walk(node, resolve) {
  if (typeof node === 'string') return substitute(node, resolve);
  if (Array.isArray(node)) return node.map((n) => walk(n, resolve));
  if (node && typeof node === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(node)) out[k] = walk(v, resolve);
    return out;
  }
  return node;
}

/** Returns the generated grammar JSON text for the YAML source text. */
export function buildGrammar(yamlText) {
  const doc = yaml.load(yamlText);
  if (!doc || typeof doc !== 'object') throw new Error('grammar YAML is empty');
  const { variables = {}, ...grammar } = doc;
  const resolve = expandVariables(variables);
  const expanded = walk(grammar, resolve);
  const out = {
    information_for_contributors: ['GENERATED FILE: do not edit. Edit syntaxes/un-resolution.tmLanguage.yaml and run `npm run grammar`.'],
    ...expanded,
  };
  const json = JSON.stringify(out, null, 2) + '\n';
  const left = json.match(/\{\{[A-Za-z0-9_]+\}\}/);
  if (left) throw new Error(`unexpanded variable ${left[0]}`);
  return json;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const json = buildGrammar(readFileSync(YAML_PATH, 'utf8'));
  if (process.argv.includes('--check')) {
    const current = existsSync(JSON_PATH) ? readFileSync(JSON_PATH, 'utf8') : '';
    if (current !== json) {
      console.error('syntaxes/un-resolution.tmLanguage.json is out of date: run `npm run grammar`');
      process.exit(1);
    }
    console.log('syntaxes/un-resolution.tmLanguage.json is up to date');
  } else {
    writeFileSync(JSON_PATH, json);
    console.log(`wrote ${JSON_PATH}`);
  }
}
