// The header block: symbol, distribution, dates, session, committee, agenda item,
// sponsors, the kind of document, the adoption and report lines, and the title.
// It reads "cells": trimmed pieces of header lines, where a `-layout` extraction's
// two columns sharing a line are separate cells.
import type { AgendaItem, DocumentKind, Field, Header, ReportLine, Session, Title } from './model';
import { COMMITTEES, DATE_ALONE, DATE_PATTERN, FIRST_DATE, ordinalWordsToNumber, organNames, printedDate } from './lexicon';
import type { MappedText } from './mapped-text';
import { startsWithLowerCase } from './letters';
import { splittable } from './stray-spaces';
import { compactSymbol } from './symbol-key';
import { spanRanges, type SourceText } from './source';

export interface HeaderCell {
  line: number;
  text: MappedText;
}

/** A symbol alone (but for the banner), a Security Council resolution's with its year ("S/RES/2231 (2015)"). */
export const SYMBOL_LINE = /^(?:United Nations\s+)?((?:A|S|E)\/(?:[A-Z0-9.-]+\/)*[A-Z0-9.-]*\d[A-Z0-9.-]*(?:\/(?:Rev|Corr|Add)\.\d+)*(?: ?\(\d{4}\))?)$/;
const DISTRIBUTION = /^Distr\.:?\s*(General|Limited|Restricted)\b/;
const ORIGINAL = /^Original:\s*(.+)$/;
const SESSION = /^((?:[A-Z][a-z]+-)?[A-Za-z]+(?: (?:special|emergency special))*) (?:special |emergency special )?session$/;
const AGENDA = /^Agenda items? (.+)$/;
/** "Resolution adopted by the General Assembly on …"; a Security Council resolution's "Adopted by the Security Council at its 7488th meeting, on …". */
const ADOPTION = new RegExp(`^(?:(Resolution|Decision)s? adopted|Adopted) by the (?:${organNames()})\\b`);
/** An adoption line ending inside its date: "… on 18", "… on 18 December". */
const DATE_CUT = /\bon \d{1,2}(?: [A-Z][a-z]+)?$/;
/** An adoption line cut before its date, at "on" or after it. */
const ON_START = /^on\b/;
const ON_END = /\bon$/;
/** The kinds of document a header names, their words however split ("ame ndment t o draft resolution"). */
const KIND_WORDS = splittable('revised draft resolution|draft resolution|revised draft decision|draft decision');
const KIND_SUFFIX = new RegExp(
  `:\\*{0,3}\\s*(${KIND_WORDS}|${splittable('amendment')}(?: ?s)? ${splittable('to (?:the )?(?:revised )?draft (?:resolution|decision)')}\\s*\\S*)\\s*$`,
  'i',
);
/** A kind's words cut by a line's end before their noun ("Belarus: amendment to", "…: amendment to revised draft", "…:* draft"). */
const KIND_CUT = /:\*{0,3}\s*(?:amendments?(?: to(?: the)?(?: revised)?(?: draft)?)?|revised(?: draft)?|draft)$/i;
const KIND_ALONE = new RegExp(`^(${KIND_WORDS})$`, 'i');
/** "Draft resolution submitted by the President of the General Assembly" (plenary texts, Chairs' texts). */
const KIND_SUBMITTED = new RegExp(
  `^((?:${splittable('Revised')} )?(?:${splittable('Draft')}|${splittable('draft')}) (?:${splittable('resolution|decision')})) ${splittable('submitted by')}\\b`,
);
/** A submitter's phrase cut by a line's end: on a linking word, or inside an organ's name ("… of the General" "Assembly"). */
const ENDS_MID_PHRASE = /\b(?:following|by|of|the|on|and|for|after|General|Security|Economic)$/;
/** "Special Political and Decolonization Committee (Fourth Committee)": the Main Committee's number is in brackets. */
const COMMITTEE_IN_BRACKETS = /\(((?:First|Second|Third|Fourth|Fifth|Sixth) Committee)\)/;
const ADOPTED_TITLE = /^(\d{1,4}\/\d{1,4}(?: [A-Z])?|(?:ES|S)-\d{1,2}\/\d{1,3})\.(?:\s+|$)/;
/** A title that is the resolution's number alone, as the Security Council's are ("Resolution 2231 (2015)"). */
const NUMBER_TITLE = /^Resolution (\d{1,4} \(\d{4}\))$/;
const LANGUAGE_ONLY = /^(?:English|French|Spanish|Russian|Chinese|Arabic)$/;
const BANNER = /^(?:United Nations|General Assembly|Security Council|Economic and Social Council)$/;

/** A line that lists States: every word capitalised or a linking word of a State's name. */
function isSponsorText(text: string): boolean {
  const words = text.replace(/[,:*]/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  return words.every((word) => /^\(?[A-Z\u00C0-\u00DE]/.test(word) || /^(?:of|the|and|d[’']\S+|da|de|del|du|of\)|the\))$/.test(word));
}

function kindOf(words: string): DocumentKind {
  const lower = words.toLowerCase().replaceAll(' ', '');
  if (lower.startsWith('amendment')) return 'amendment';
  if (lower.startsWith('reviseddraftresolution')) return 'revised_draft_resolution';
  if (lower.includes('draftdecision')) return 'draft_decision';
  return 'draft_resolution';
}

/** Splits "A, B, C and D" into States, keeping "Bosnia and Herzegovina" and bracketed names whole. */
function splitSponsors(text: MappedText, source: SourceText): Field[] {
  const sponsors: Field[] = [];
  const value = text.text;
  // Split at ", " always, at " and " only for the last item (State names may contain "and").
  const pieces: Array<[number, number]> = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '(') depth++;
    else if (value[i] === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && value[i] === ',') {
      pieces.push([start, i]);
      start = i + 1;
    }
  }
  pieces.push([start, value.length]);
  const last = pieces[pieces.length - 1];
  const lastText = value.slice(last[0], last[1]);
  const andAt = lastText.lastIndexOf(' and ');
  // "… and United Kingdom of Great Britain and Northern Ireland": split at the first " and "
  // when the tail is a known compound name, otherwise at the last.
  if (pieces.length > 1 && andAt >= 0) {
    const compound =
      /(?:Bosnia and Herzegovina|Trinidad and Tobago|Antigua and Barbuda|Saint Kitts and Nevis|Saint Vincent and the Grenadines|Sao Tome and Principe|Great Britain and Northern Ireland|Heard Island and McDonald Islands)$/.exec(
        lastText,
      );
    let splitAt = andAt;
    if (compound) {
      const before = lastText.slice(0, compound.index).lastIndexOf(' and ');
      splitAt = before;
    }
    if (splitAt >= 0) {
      pieces.pop();
      pieces.push([last[0], last[0] + splitAt], [last[0] + splitAt + 5, last[1]]);
    }
  } else if (
    pieces.length === 1 &&
    andAt >= 0 &&
    !/(?:Bosnia and Herzegovina|Trinidad and Tobago|Antigua and Barbuda|Saint Kitts and Nevis|Saint Vincent and the Grenadines|Sao Tome and Principe|Great Britain and Northern Ireland)$/.test(
      lastText,
    )
  ) {
    pieces.pop();
    pieces.push([last[0], last[0] + andAt], [last[0] + andAt + 5, last[1]]);
  }
  for (const [from, to] of pieces) {
    const piece = text.slice(from, to).trim();
    if (piece.length === 0) continue;
    sponsors.push({ value: piece.text.replace(/\*+$/, ''), range: piece.sourceRange(source, 0, piece.length) });
  }
  return sponsors;
}

const REPORT_SYMBOL = /\b[AS]\/[\w./-]*\d[\w./-]*/g;

/** The symbols a report line names ("A/78/463/Add.2"), without a full stop or comma after them. */
function reportSymbols(text: string): string[] {
  const symbols: string[] = [];
  REPORT_SYMBOL.lastIndex = 0;
  for (let match = REPORT_SYMBOL.exec(text); match !== null; match = REPORT_SYMBOL.exec(text)) symbols.push(match[0].replace(/[.,]$/, ''));
  return symbols;
}

function field(text: MappedText, source: SourceText, from = 0, to = text.length): Field {
  const piece = text.slice(from, to).trim();
  return { value: piece.text, range: piece.sourceRange(source, 0, piece.length) };
}

export interface HeaderResult {
  header: Header;
  title: Title | null;
}

function committeeFromSymbol(symbol: string): string | null {
  const match = /^A\/C\.(\d)\//.exec(symbol);
  if (match) return COMMITTEES[match[1]] ?? null;
  return null;
}

/** A markdown heading's line ("# Restoration of …"). */
const MARKDOWN_HEADING = /^\s*#{1,6} /;

/**
 * The title among the lines before the body that no header field reads (a draft's own
 * furniture): a markdown heading, else, before `The General Assembly,`, the last lines standing
 * together. The lines above it are the drafter's notes (a version line, "See also …"), which the
 * model leaves unread. Without the organ line, where the body starts is a guess: all are the title.
 */
function titleAmong(free: HeaderCell[], source: SourceText, beforeOrgan: boolean): HeaderCell[] {
  const lineOf = (cell: HeaderCell) => cell.text.sourceRange(source, 0, 0).start.line;
  for (let at = free.length - 1; at >= 0; at--) if (MARKDOWN_HEADING.test(source.lines[lineOf(free[at])].text)) return [free[at]];
  if (!beforeOrgan) return free;
  let first = free.length - 1;
  while (first > 0 && lineOf(free[first - 1]) >= lineOf(free[first]) - 1) first--;
  return free.slice(first);
}

/**
 * Reads the header cells (in reading order) up to the line before the body; `beforeOrgan` says the
 * body opens with `The General Assembly,`.
 */
export function parseHeader(cells: HeaderCell[], source: SourceText, joinCells: (cells: HeaderCell[]) => MappedText, beforeOrgan: boolean): HeaderResult {
  const header: Header = {
    symbols: [],
    distribution: null,
    dates: [],
    originalLanguage: null,
    session: null,
    committee: null,
    agendaItem: null,
    sponsors: [],
    kind: 'unknown',
    kindRange: null,
    adoption: null,
    report: null,
    range:
      cells.length > 0
        ? {
            start: cells[0].text.sourceRange(source, 0, 0).start,
            end: cells[cells.length - 1].text.sourceRange(source, 0, cells[cells.length - 1].text.length).end,
          }
        : source.range(0, 0),
  };
  const free: HeaderCell[] = [];
  let agendaTitleCells: HeaderCell[] | null = null;
  let afterKind = false;
  let titleCells: HeaderCell[] = [];

  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const value = cell.text.text;
    let match: RegExpExecArray | null;
    if ((match = SYMBOL_LINE.exec(value))) {
      const at = value.length - match[1].length;
      const symbol = field(cell.text, source, at);
      header.symbols.push({ ...symbol, value: compactSymbol(symbol.value) });
      continue;
    }
    // The banner heads the page; after the title's first line the words are the title's, wrapped ("… work of the" "General Assembly").
    if ((BANNER.test(value) && titleCells.length === 0) || LANGUAGE_ONLY.test(value)) continue;
    if ((match = DISTRIBUTION.exec(value))) {
      const at = value.indexOf(match[1]);
      header.distribution = field(cell.text, source, at, at + match[1].length);
      // An exec loop, not matchAll, which makes a copy of the pattern each time (the loop leaves lastIndex at 0).
      for (let date = DATE_PATTERN.exec(value); date !== null; date = DATE_PATTERN.exec(value)) {
        header.dates.push({ ...field(cell.text, source, date.index, date.index + date[0].length), value: printedDate(date[0]) });
      }
      continue;
    }
    if (DATE_ALONE.test(value)) {
      header.dates.push({ ...field(cell.text, source), value: printedDate(value) });
      continue;
    }
    if ((match = ORIGINAL.exec(value))) {
      header.originalLanguage = field(cell.text, source, value.length - match[1].length);
      continue;
    }
    if (!header.session && SESSION.test(value)) {
      const ordinal = /^([A-Za-z-]+)/.exec(value)?.[1] ?? '';
      const session: Session = { number: ordinalWordsToNumber(ordinal), words: value, range: cell.text.sourceRange(source, 0, value.length) };
      header.session = session;
      continue;
    }
    if (!header.committee && /\bCommittee\)?$/.test(value) && !value.startsWith('[')) {
      let text = cell.text;
      if (i + 1 < cells.length && /^\((?:First|Second|Third|Fourth|Fifth|Sixth) Committee\)$/.test(cells[i + 1].text.text)) {
        text = joinCells([cell, cells[i + 1]]);
        i++;
      }
      const inner = /\(((?:First|Second|Third|Fourth|Fifth|Sixth) Committee)\)$/.exec(text.text);
      header.committee = { value: inner ? inner[1] : text.text, range: text.sourceRange(source, 0, text.length) };
      continue;
    }
    if ((match = AGENDA.exec(value))) {
      const numbers = match[1]
        .split(/,\s*|\s+and\s+/)
        .map((n) => n.trim())
        .filter(Boolean);
      header.agendaItem = { numbers, title: null, range: cell.text.sourceRange(source, 0, value.length) } satisfies AgendaItem;
      agendaTitleCells = [];
      continue;
    }
    if ((match = ADOPTION.exec(value))) {
      let text = cell.text;
      // The line wrapped before its date ("on 18 December 2025" below, or "on" alone over it) or inside it ("… on 18" / "December 2025").
      let joined = value;
      let end = i;
      while (
        !FIRST_DATE.test(joined) &&
        end + 1 < cells.length &&
        end - i < 2 &&
        (ON_START.test(cells[end + 1].text.text) || ON_END.test(joined) || DATE_CUT.test(joined))
      ) {
        joined = `${joined} ${cells[++end].text.text}`;
      }
      if (end > i && FIRST_DATE.test(joined)) {
        text = joinCells(cells.slice(i, end + 1));
        i = end;
      }
      const date = FIRST_DATE.exec(text.text);
      header.adoption = { date: date ? printedDate(date[0]) : null, range: text.sourceRange(source, 0, text.length) };
      header.kind = match[1] === 'Decision' ? 'decision' : 'resolution';
      header.kindRange = text.sourceRange(source, 0, match[0].length);
      agendaTitleCells = null;
      continue;
    }
    if (value.startsWith('[')) {
      const group = [cell];
      while (!group[group.length - 1].text.text.endsWith(']') && i + 1 < cells.length && group.length < 4) group.push(cells[++i]);
      const text = joinCells(group);
      const report: ReportLine = {
        text: text.text,
        committee:
          COMMITTEE_IN_BRACKETS.exec(text.text)?.[1] ??
          /on the report of the (.+?) \(/.exec(text.text)?.[1] ??
          (/without reference to a Main Committee/.test(text.text) ? 'plenary' : null),
        symbols: reportSymbols(text.text),
        range: text.sourceRange(source, 0, text.length),
      };
      header.report = report;
      continue;
    }
    const submitted = !afterKind ? KIND_SUBMITTED.exec(value) : null;
    if (submitted) {
      header.kind = kindOf(submitted[1]);
      header.kindRange = cell.text.sourceRange(source, 0, submitted[1].length);
      // The line may wrap, more than once: "… submitted by the Chair of the Committee following / informal consultations",
      // "… submitted by the" / "President of the General" / "Assembly", "… by the President" / "of the General Assembly"
      // (a title opens with a capital).
      for (let last = value; i + 1 < cells.length && (ENDS_MID_PHRASE.test(last) || startsWithLowerCase(cells[i + 1].text.text));) last = cells[++i].text.text;
      afterKind = true;
      continue;
    }
    // The kind's words may wrap ("…: amendment to" "revised draft resolution"): read with the lines they run on to.
    let kindText = cell.text;
    let kindCells = 1;
    while (!afterKind && KIND_CUT.test(kindText.text) && i + kindCells < cells.length && kindCells < 3) kindText = joinCells(cells.slice(i, i + ++kindCells));
    const suffix = KIND_SUFFIX.exec(kindText.text);
    const kind = suffix ?? KIND_ALONE.exec(value);
    if (kind && !afterKind) {
      const kindStart = kindText.length - kind[0].length + kind[0].indexOf(kind[1]);
      header.kind = kindOf(kind[1]);
      header.kindRange = kindText.sourceRange(source, kindStart, kindStart + kind[1].length);
      if (suffix) i += kindCells - 1;
      // The amended draft's symbol wrapped to the next line is the amendment's words, not a symbol of its own.
      const wrapped = header.kind === 'amendment' && i + 1 < cells.length ? SYMBOL_LINE.exec(cells[i + 1].text.text) : null;
      if (wrapped && !/\d/.test(kind[1])) {
        header.kindRange = spanRanges(header.kindRange, cells[i + 1].text.sourceRange(source, 0, cells[i + 1].text.length));
        i++;
      }
      // Sponsors: the State-list lines just before, plus this line up to the colon.
      const pending = agendaTitleCells ?? free;
      let first = pending.length;
      while (first > 0 && isSponsorText(pending[first - 1].text.text)) first--;
      const sponsorCells = [...pending.slice(first), { line: cell.line, text: kindText.slice(0, kindText.length - kind[0].length) }];
      if (agendaTitleCells) agendaTitleCells = agendaTitleCells.slice(0, first);
      const sponsorText = joinCells(sponsorCells.filter((c) => c.text.length > 0)).trim();
      header.sponsors = sponsorText.length > 0 ? splitSponsors(sponsorText, source) : [];
      afterKind = true;
      continue;
    }
    if (afterKind || header.report || (header.adoption && !agendaTitleCells)) {
      // A letter alone after the title opens part A of a resolution in parts.
      if (titleCells.length > 0 && /^[A-Z]$/.test(value)) continue;
      titleCells.push(cell);
      continue;
    }
    if (agendaTitleCells) agendaTitleCells.push(cell);
    else free.push(cell);
  }
  const sponsorAndTitle = agendaTitleCells ?? [];
  if (header.agendaItem && sponsorAndTitle.length > 0) {
    const text = joinCells(sponsorAndTitle);
    header.agendaItem.title = { value: text.text, range: text.sourceRange(source, 0, text.length) };
  }
  if (!header.committee) {
    const fromReport = header.report?.committee;
    const fromSymbol = header.symbols.length > 0 ? committeeFromSymbol(header.symbols[0].value) : null;
    const value =
      fromReport ?? fromSymbol ?? (header.symbols.length > 0 && /^A\/(?:RES\/|DEC\/|\d+\/L\.)/.test(header.symbols[0].value) && !fromReport ? 'plenary' : null);
    if (value) header.committee = { value, range: header.report?.range ?? header.symbols[0].range };
  }
  if (header.kind === 'unknown' && header.symbols.length > 0) {
    const symbol = header.symbols[0].value;
    if (/\/RES\//.test(symbol)) header.kind = 'resolution';
    else if (/\/DEC\//.test(symbol)) header.kind = 'decision';
    else if (/\/L\.\d+\/Rev\.\d+/.test(symbol)) header.kind = 'revised_draft_resolution';
    else if (/\/L\.\d+/.test(symbol)) header.kind = 'draft_resolution';
  }
  let title: Title | null = null;
  if (titleCells.length === 0 && free.length > 0 && !header.agendaItem) {
    titleCells = titleAmong(free, source, beforeOrgan);
    // The drafter's notes above the title stand outside the header.
    const notes = new Set(free.slice(0, free.indexOf(titleCells[0])));
    const first = cells.find((cell) => !notes.has(cell))!;
    header.range = spanRanges(first.text.sourceRange(source, 0, 0), header.range);
  }
  if (titleCells.length > 0) {
    const text = joinCells(titleCells);
    const number = ADOPTED_TITLE.exec(text.text);
    const body = number ? text.slice(number[0].length).trim() : text;
    const named = number ? null : NUMBER_TITLE.exec(text.text);
    const at = named ? named[0].length - named[1].length : 0;
    title = {
      number: number ? number[1] : named ? named[1] : null,
      numberRange: number || named ? text.sourceRange(source, at, at + (number ?? named)![1].length) : null,
      text: body.text,
      range: text.sourceRange(source, 0, text.length),
    };
  }
  return { header, title };
}
