// Reading cases found in the corpus's real documents, each asserted in the shapes it was found
// in: numbers, headings, titles, lists and footnotes read as printed.
import { strict as assert } from 'node:assert';
import type { OperativeNode, ResolutionDocument } from '../src/core/model';
import { TEXT_SHAPES, corpusText, model, texts, assertProgrammeOfAction } from './corpus-helpers';

describe('corpus: cases read as printed', () => {
  it('a number read as a quantity or a part number marks the footnote no other number reaches, when it is the next label and that footnote stands at the foot of its page', () => {
    const markedAt = (shape: string, stem: string, label: string) => {
      const marker = model(shape, stem).footnotes.find((f) => f.label === label)!.markers[0];
      const line = corpusText(shape, stem).split('\n')[marker.range.start.line];
      const before = line.slice(0, marker.range.start.character).trim().split(/\s+/).pop();
      return `${before} [${line.slice(marker.range.start.character, marker.range.end.character)}] ${line.slice(marker.range.end.character).trim().split(/\s+/)[0]}`;
    };
    for (const shape of TEXT_SHAPES) assert.equal(markedAt(shape, 'A_RES_79_56', '22'), '2024, [22] assesses');
    for (const shape of TEXT_SHAPES) assert.equal(markedAt(shape, 'A_RES_79_144', '111'), 'Protocol [111] on');
    assert.equal(markedAt('pdftotext', 'A_RES_79_144', '13'), '1974, [13] ships');
    assert.equal(markedAt('pymupdf', 'A_RES_79_144', '140'), '2008, [140] in');
    assert.equal(markedAt('pdftotext-layout', 'A_RES_80_220', '13'), 'Goals [13] and');
  });

  it('a declaration adopted in full has its title apart from the speakers\' first paragraph ("… Information Society" "We, the Ministers …")', () => {
    for (const shape of TEXT_SHAPES) {
      const [text] = model(shape, 'A_RES_80_173').annexes;
      assert.equal(
        text.title?.value,
        'Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society',
        shape,
      );
      assert.match(text.preamble[0].text, /^We, the Ministers and heads of delegations participating/, shape);
    }
  });

  it('the first group of a longer number is no marker ("with 32,000 …")', () => {
    for (const shape of TEXT_SHAPES) {
      const doc = model(shape, 'A_C.3_80_L.32');
      const lines = corpusText(shape, 'A_C.3_80_L.32').split('\n');
      const markers = doc.footnotes.find((f) => f.label === '32')!.markers;
      assert.deepEqual(
        markers.map((m) => lines[m.range.start.line].slice(0, m.range.start.character).trim().split(/\s+/).pop()),
        ['Displacement;'],
        shape,
      );
    }
  });

  it('a heading and its title stand apart from the unnumbered paragraphs under it, and an operative verb after a comma opens one', () => {
    for (const shape of TEXT_SHAPES) {
      const find = (nodes: OperativeNode[]): OperativeNode | undefined =>
        nodes.map((n) => (n.label?.text.startsWith('A') && n.text === 'Base/floor salary scale' ? n : find(n.children))).find(Boolean);
      const heading = find(model(shape, 'A_C.5_80_L.17').operative);
      assert.ok(heading, shape);
      assert.deepEqual(
        heading.children.map((n) => n.text.split(' ')[0]),
        ['Recalling', 'Approves,'],
        shape,
      );
    }
  });

  it('a heading\'s title stops where a sentence opening with an operative verb begins ("II" "Conditions of service …" "Confirms that …;")', () => {
    for (const shape of TEXT_SHAPES) {
      const heading = model(shape, 'A_C.5_80_L.17').operative.find((n) => n.label?.text.startsWith('II'));
      assert.equal(heading?.text, 'Conditions of service of staff in the Professional and higher categories', shape);
      assert.match(heading?.children[0]?.text ?? '', /^Confirms that teleworking .* eighty-first session;$/, shape);
    }
  });

  it('a name in title case runs on after a comma ("…Production," "Stockpiling and Use of Chemical Weapons …"): a participle coordinated with a capitalised noun opens no paragraph', () => {
    for (const shape of TEXT_SHAPES) {
      const preamble = model(shape, 'A_C.1_80_L.49').preamble;
      assert.ok(!preamble.some((p) => p.text.startsWith('Stockpiling')), shape);
      assert.ok(
        preamble.some((p) => /Development, Production, Stockpiling and Use of Chemical Weapons/.test(p.text)),
        shape,
      );
    }
  });

  it('a lead-in closing with a colon before a numbered paragraph is a paragraph of its own', () => {
    for (const shape of TEXT_SHAPES) {
      const doc = model(shape, 'A_RES_78_3');
      const siblings = (nodes: OperativeNode[]): OperativeNode[] | undefined =>
        nodes.some((n) => n.text.startsWith('As a follow-up')) ? nodes : nodes.map((n) => siblings(n.children)).find(Boolean);
      const nodes = siblings(doc.annexes.flatMap((a) => a.operative))!;
      const at = nodes.findIndex((n) => n.text.startsWith('As a follow-up'));
      assert.deepEqual(
        nodes.slice(at - 1, at + 2).map((n) => n.label?.text ?? '-'),
        ['76', '-', '77'],
        shape,
      );
    }
  });

  it('items running on inline ("there are: (a) …; (b) …") stay in their paragraph after a short line', () => {
    for (const shape of TEXT_SHAPES) {
      const paragraph = model(shape, 'A_80_L.34')
        .annexes.flatMap((a) => a.operative)
        .find((n) => n.label?.text === '13');
      assert.match(paragraph?.text ?? '', /second-hand smoke; \(b\) 2\.6 million .* \(e\) nearly 7 million/, shape);
    }
  });

  it('a run-in head after a finished sentence opens a paragraph ("…;" "Target: at least 80 per cent …")', () => {
    for (const shape of TEXT_SHAPES) {
      const targets: OperativeNode[] = [];
      const walk = (nodes: OperativeNode[]) => nodes.forEach((n) => (n.text.startsWith('Target:') && targets.push(n), walk(n.children)));
      walk(model(shape, 'A_80_L.34').annexes.flatMap((a) => a.operative));
      assert.equal(targets.length, 5, shape);
      assert.ok(
        targets.every((n) => !n.label && /by 2030\.$/.test(n.text)),
        shape,
      );
    }
  });

  it('a number alone on its line is a page number only with the page count of the others ("73/89" among "2/8" … "8/8")', () => {
    for (const shape of TEXT_SHAPES) {
      const doc = model(shape, 'A_RES_79_81');
      assert.match(doc.preamble[1].text, /^Recalling also its resolution 73\/89 of 6 December/, shape);
      assert.ok(
        doc.citations.some((c) => c.symbol === 'A/RES/73/89'),
        shape,
      );
    }
  });

  it('words pdftotext sets apart from a justified line go back to its end', () => {
    const labelled = (nodes: OperativeNode[], label: string): OperativeNode | undefined =>
      nodes.map((n) => (n.label?.text === label ? n : labelled(n.children, label))).find(Boolean);
    for (const shape of TEXT_SHAPES) {
      assert.equal(
        labelled(model(shape, 'A_RES_79_144').operative, '62')?.text,
        'Notes the adoption by the Council of decisions ISBA/28/C/9, ISBA/28/C/24 and ISBA/28/C/25 at its twenty-eighth session;',
        shape,
      );
      assert.equal(
        model(shape, 'A_RES_79_81').preamble[1].text,
        'Recalling also its resolution 73/89 of 6 December 2018, entitled “Comprehensive, just and lasting peace in the Middle East”,',
        shape,
      );
    }
  });

  it('a bullet opens a list item', () => {
    const bullets = corpusText('pdftotext', 'A_RES_79_233')
      .split('\n')
      .filter((line) => /^\s*• /.test(line)).length;
    assert.ok(bullets > 20);
    for (const shape of TEXT_SHAPES) {
      const items: OperativeNode[] = [];
      const walk = (nodes: OperativeNode[]) => nodes.forEach((n) => (n.text.startsWith('• ') && items.push(n), walk(n.children)));
      walk(model(shape, 'A_RES_79_233').annexes.flatMap((a) => a.operative));
      assert.equal(items.length, bullets, shape);
    }
  });

  it('a heading wrapped over two lines before a numbered paragraph stands apart from the paragraph before', () => {
    for (const shape of TEXT_SHAPES) {
      const headings: OperativeNode[] = [];
      const walk = (nodes: OperativeNode[]) => nodes.forEach((n) => (n.kind === 'heading' && headings.push(n), walk(n.children)));
      walk(model(shape, 'A_RES_79_233').annexes.flatMap((a) => a.operative));
      const heading = headings.find((n) => n.text === 'Priority area 1: Structural transformation and science, technology and innovation');
      assert.equal(heading?.children[0]?.label?.text, '36', shape);
    }
  });

  it('a programme of action as printed: its title stops before "Introduction", the items of an enumeration after a colon are no headings, "Targets:" stands apart, a name runs on after a numbered paragraph\'s comma', () => {
    for (const shape of TEXT_SHAPES) assertProgrammeOfAction(model(shape, 'A_RES_79_233'), shape);
  });

  it('the running title is page furniture even where a heading label stands between it and the symbol', () => {
    const title = 'Programme of Action for Landlocked Developing Countries for the Decade 2024–2034';
    for (const shape of TEXT_SHAPES) {
      const doc = model(shape, 'A_RES_79_233');
      assert.equal(doc.title?.text, title);
      const headings: string[] = [];
      const walk = (nodes: OperativeNode[]) =>
        nodes.forEach((n) => (n.kind === 'heading' && headings.push(`${n.label?.text ?? '-'} ${n.text}`), walk(n.children)));
      walk(doc.annexes.flatMap((a) => a.operative));
      assert.ok(!headings.some((h) => h.includes(title)), shape);
      assert.ok(headings.includes('V Full mobilization of the United Nations system'), shape);
    }
  });

  it('a paragraph opens with its opening line where pdftotext wrote the end of its last line first', () => {
    const labelled = (nodes: OperativeNode[], label: string): OperativeNode | undefined =>
      nodes.map((n) => (n.label?.text === label ? n : labelled(n.children, label))).find(Boolean);
    for (const shape of TEXT_SHAPES) {
      const paragraph = labelled(
        model(shape, 'A_RES_78_317').annexes.flatMap((a) => a.operative),
        '30',
      );
      assert.equal(paragraph?.text, 'Small island developing States seek the support of the international community to:', shape);
    }
  });

  it("the note the header's asterisk points to, at the foot of page 1 without a rule above it, is a footnote", () => {
    for (const shape of TEXT_SHAPES) {
      const doc = model(shape, 'A_80_L.27');
      assert.equal(doc.footnotes[0]?.label, '*', shape);
      assert.equal(doc.footnotes[0]?.text, 'Any changes to the list of sponsors will be reflected in the official records of the meeting.', shape);
      assert.ok(!texts(doc).some((t) => t.includes('list of sponsors')), shape);
      assert.equal(
        model(shape, 'A_C.2_80_L.2').footnotes[0]?.text,
        'On behalf of the States Members of the United Nations that are members of the Alliance of Small Island States.',
        shape,
      );
    }
  });

  it('a decision\'s only paragraph, opening on the line of "The General Assembly,", runs on below it', () => {
    for (const shape of TEXT_SHAPES) {
      const doc = model(shape, 'A_C.4_80_L.11');
      assert.equal(doc.operative.length, 1, shape);
      assert.match(doc.operative[0].text, /^taking note of the applications of Honduras, Maldives and Zimbabwe .* Outer Space\.$/, shape);
    }
  });

  it('an annex title runs over all its lines, a subtitle with it, and stops where the declaration speaks ("We, Heads of State …")', () => {
    for (const shape of TEXT_SHAPES) {
      const declaration = model(shape, 'A_RES_80_117').annexes[0];
      assert.match(
        declaration.title?.value ?? '',
        /^Political declaration .* mental health and well-being Equity and integration: .* mental health and well-being$/,
        shape,
      );
      assert.match(declaration.preamble[0]?.text ?? '', /^We, Heads of State/, shape);
      const pandemic = model(shape, 'A_RES_78_3').annexes[0];
      assert.equal(
        pandemic.title?.value,
        'Political declaration of the General Assembly high-level meeting on pandemic prevention, preparedness and response',
        shape,
      );
      assert.match(pandemic.preamble[0]?.text ?? '', /^We, Heads of State/, shape);
    }
  });

  it('an item running on inline stays in its paragraph when the item before it began more than three lines up ("(f) addressing …")', () => {
    const labelled = (nodes: OperativeNode[], label: string): OperativeNode | undefined =>
      nodes.map((n) => (n.label?.text === label ? n : labelled(n.children, label))).find(Boolean);
    for (const shape of TEXT_SHAPES) {
      const paragraph = labelled(
        model(shape, 'A_80_L.34').annexes.flatMap((a) => a.operative),
        '42',
      );
      assert.deepEqual(paragraph?.children, [], shape);
      assert.match(paragraph?.text ?? '', /underserved areas; \(f\) addressing air, water and soil pollution/, shape);
    }
  });

  it('a colon closing a full line runs on into a name opening with a participle ("Almaty Programme of Action:" "Addressing …")', () => {
    const labelled = (nodes: OperativeNode[], label: string): OperativeNode | undefined =>
      nodes.map((n) => (n.label?.text === label ? n : labelled(n.children, label))).find(Boolean);
    for (const shape of TEXT_SHAPES) {
      for (const stem of ['A_RES_80_3', 'A_80_L.4']) {
        const paragraph = labelled(
          model(shape, stem).annexes.flatMap((a) => a.operative),
          '2',
        );
        assert.match(paragraph?.text ?? '', /Almaty Programme of Action: Addressing the Special Needs .* sustainable development\.$/, `${shape} ${stem}`);
      }
    }
  });

  it("a numbered heading's title wrapped in title case runs on to the numbered paragraph; an unnumbered subheading stays apart", () => {
    const headings = (doc: ResolutionDocument): string[] => {
      const out: string[] = [];
      const walk = (nodes: OperativeNode[]) =>
        nodes.forEach((n) => (n.kind === 'heading' && out.push(`${n.label?.text ?? '-'} ${n.text} > ${n.children[0]?.label?.text}`), walk(n.children)));
      walk(doc.annexes.flatMap((a) => a.operative));
      return out;
    };
    for (const shape of TEXT_SHAPES) {
      for (const stem of ['A_RES_80_3', 'A_80_L.4']) {
        const found = headings(model(shape, stem));
        assert.ok(
          found.includes('II Implementation of the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034 > 13'),
          `${shape} ${stem}`,
        );
        assert.ok(found.includes('- Partnerships and support mechanisms > 17'), `${shape} ${stem}`);
      }
      const found = headings(model(shape, 'A_RES_79_233'));
      assert.ok(
        found.includes(
          'XI Role of the Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States > 354',
        ),
        shape,
      );
      assert.ok(found.includes('XII Midterm review and the Fourth United Nations Conference on Landlocked Developing Countries > 356'), shape);
    }
  });

  it('a sentence ending a full line at the foot of a page runs on in a declaration of numbered paragraphs only ("… sustainable development." "We take note …")', () => {
    const labelled = (nodes: OperativeNode[], label: string): OperativeNode | undefined =>
      nodes.map((n) => (n.label?.text === label ? n : labelled(n.children, label))).find(Boolean);
    const cases: [string, string, RegExp][] = [
      ['A_RES_78_317', '6', /overall sustainable development\. We take note of the concerns .* security consequences\.$/],
      ['A_RES_80_173', '111', /approaches to digital development\. We call upon action line facilitators /],
      ['A_RES_80_173', '125', /Secretary-General\. The review will draw on inputs from all relevant stakeholders/],
    ];
    for (const shape of TEXT_SHAPES) {
      for (const [stem, label, text] of cases) {
        const operative = model(shape, stem).annexes.flatMap((a) => a.operative);
        assert.match(labelled(operative, label)?.text ?? '', text, `${shape} ${stem} ${label}`);
        assert.ok(
          !texts(model(shape, stem)).some((t) => /^(?:We take note of the concerns|We call upon action line|The review will draw)/.test(t)),
          `${shape} ${stem}`,
        );
      }
    }
  });

  it('a paragraph number printed without its full stop ("26 Condemns …", "26" above "Condemns …") labels the paragraph when it is the next number and an operative verb follows', () => {
    for (const shape of TEXT_SHAPES) {
      const operative = model(shape, 'A_RES_79_160').operative;
      const at = operative.findIndex((n) => n.label?.text === '26');
      assert.deepEqual(
        operative.slice(at - 1, at + 3).map((n) => `${n.label?.text}${n.label?.lacksFullStop ? ' (no stop)' : ''} ${n.phrase?.value}`),
        ['25 Recalls', '26 (no stop) Condemns', '27 (no stop) Affirms its deep commitment', '28 Recalls'],
        shape,
      );
      assert.match(operative[at - 1].text, /ethnically “pure” nations;$/, shape);
      assert.match(operative[at].text, /^Condemns without reservation any denial of or attempt to deny the Holocaust, .* religious belief;$/, shape);
      const lines = corpusText(shape, 'A_RES_79_160').split('\n');
      const { start, end } = operative[at].label!.range;
      assert.equal(lines[start.line].slice(start.character, end.character), '26', shape);
    }
  });
});
