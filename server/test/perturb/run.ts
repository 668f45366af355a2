// Runs the variants of a group (a kind or a combination) over the clean sources and tells
// how many agree with their source, which categories differ, and the first failures with
// what replays them: group, source and seed.
import { parse } from '../../src/core/parser';
import { factsOf, kindsOf, variant } from './apply';
import type { SourceFacts } from './damage';
import { CATEGORIES, difference, perturbModel, type Category, type Difference } from './model';
import type { Source } from './sources';

export interface Prepared {
  source: Source;
  facts: SourceFacts;
  model: string[];
}

export function prepare(source: Source): Prepared {
  const doc = parse(source.text);
  return { source, facts: factsOf(source.text, source.symbol, doc), model: perturbModel(doc) };
}

export interface Failure {
  group: string;
  source: string;
  seed: number;
  kinds: string[];
  diff: Difference;
  /** Set when parsing or checking the variant threw. */
  error?: string;
}

export interface GroupResult {
  group: string;
  cases: number;
  agree: number;
  /** Failing variants per category that differs (a variant may count in several). */
  byCategory: Record<Category, number>;
  /** The first failures, in case order. */
  failures: Failure[];
}

/** The variant of one case and how its model differs from its source's. */
export function runCase(group: string, prepared: Prepared, seed: number): Failure | null {
  const kinds = kindsOf(group, seed);
  const text = variant(prepared.source.text, prepared.facts, kinds, seed);
  const base = { group, source: prepared.source.name, seed, kinds };
  try {
    const diff = difference(prepared.model, perturbModel(parse(text)));
    return diff.lines.length === 0 ? null : { ...base, diff };
  } catch (error) {
    return { ...base, diff: { categories: [], lines: [] }, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

/** `count` cases of a group: case i takes source i mod n and seed `seed + i`. */
export function runGroup(group: string, sources: readonly Prepared[], count: number, seed: number, keep = 3): GroupResult {
  const result: GroupResult = {
    group,
    cases: count,
    agree: 0,
    byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>,
    failures: [],
  };
  for (let i = 0; i < count; i++) {
    const failure = runCase(group, sources[i % sources.length], seed + i);
    if (!failure) {
      result.agree++;
      continue;
    }
    for (const category of failure.diff.categories) result.byCategory[category]++;
    if (result.failures.length < keep) result.failures.push(failure);
  }
  return result;
}

/** One line of the agreement table: group, agreeing/cases, share, failing variants per category. */
export function summaryLine(result: GroupResult): string {
  const share = ((100 * result.agree) / result.cases).toFixed(1);
  const categories = CATEGORIES.filter((c) => result.byCategory[c] > 0)
    .map((c) => `${c} ${result.byCategory[c]}`)
    .join(', ');
  return `${result.group.padEnd(26)} ${`${result.agree}/${result.cases}`.padStart(11)} ${`${share}%`.padStart(7)}  ${categories}`;
}
