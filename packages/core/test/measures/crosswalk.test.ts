import { describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  CROSSWALK,
  findRequirement,
  mappingsFrom,
  requirementsCountedBy,
} from '../../src/measures/index.ts';

describe('built-in catalogues and crosswalk', () => {
  it('gives every catalogue a source with citation and version', () => {
    for (const c of CATALOGUES) {
      expect(c.source.citation.length, c.id).toBeGreaterThan(10);
      expect(c.source.version.length, c.id).toBeGreaterThan(0);
      expect(c.sections.length, c.id).toBeGreaterThan(0);
    }
  });

  it('points every crosswalk line at two existing requirements, with a source, and never at itself', () => {
    for (const line of CROSSWALK) {
      expect(findRequirement(line.from), line.from).toBeDefined();
      expect(findRequirement(line.to), line.to).toBeDefined();
      expect(line.source.length, `${line.from} → ${line.to}`).toBeGreaterThan(10);
      expect(line.from).not.toBe(line.to);
    }
    const keys = CROSSWALK.map((l) => `${l.from}>${l.to}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('holds all 13 sections of the 2024/2690 Annex with their 57 subsections', () => {
    const ir = CATALOGUES.find((c) => c.id === 'ir-2024-2690')!;
    expect(ir.sections.map((s) => s.ref)).toEqual(Array.from({ length: 13 }, (_, i) => String(i + 1)));
    expect(ir.sections.map((s) => s.requirements.length)).toEqual([2, 3, 6, 3, 2, 10, 3, 2, 3, 4, 7, 5, 3]);
    expect(findRequirement('ir-2024-2690:6.10')?.requirement.title).toMatch(/kwetsbaarheden/);
  });

  it('counts a 2024/2690 subsection towards the Art. 21(2) point(s) its Annex section names', () => {
    expect(requirementsCountedBy('ir-2024-2690:6.6')).toContain('nis2-art21:e');
    expect(requirementsCountedBy('ir-2024-2690:11.7')).toEqual(
      expect.arrayContaining(['nis2-art21:i', 'nis2-art21:j']),
    );
    expect(requirementsCountedBy('ir-2024-2690:13.1')).toEqual(
      expect.arrayContaining(['nis2-art21:c', 'nis2-art21:e', 'nis2-art21:i']),
    );
    // Every subsection counts somewhere in Art. 21; Art. 21 itself counts for nothing more specific.
    const ir = CATALOGUES.find((c) => c.id === 'ir-2024-2690')!;
    for (const s of ir.sections)
      for (const r of s.requirements)
        expect(
          requirementsCountedBy(r.id).some((id) => id.startsWith('nis2-art21:')),
          r.id,
        ).toBe(true);
    expect(requirementsCountedBy('nis2-art21:e').filter((id) => id.startsWith('ir-2024-2690:'))).toEqual([]);
  });
});

describe('the other built-in catalogues', () => {
  const catalogue = (id: string) => CATALOGUES.find((c) => c.id === id)!;
  const refs = (id: string) => catalogue(id).sections.flatMap((s) => s.requirements.map((r) => r.ref));

  it('holds ISO/IEC 27001:2022 Annex A as 93 identifiers A.5.1-A.8.34, identifiers-only', () => {
    const iso = catalogue('iso27001-2022');
    expect(iso.source.text).toBe('identifiers-only');
    expect(iso.sections.map((s) => [s.ref, s.requirements.length])).toEqual([
      ['A.5', 37],
      ['A.6', 8],
      ['A.7', 14],
      ['A.8', 34],
    ]);
    expect(refs('iso27001-2022').at(-1)).toBe('A.8.34');
  });

  it('holds CER Art. 13(1)(a)-(f) and the governance duties of Art. 20 / Cbw art. 24', () => {
    expect(refs('cer-art13')).toEqual('abcdef'.split('').map((l) => `Art. 13(1)(${l})`));
    expect(catalogue('governance-art20').sections.flatMap((s) => s.requirements.map((r) => r.id))).toEqual([
      'governance-art20:approval',
      'governance-art20:oversight',
      'governance-art20:board-training',
      'governance-art20:staff-training',
    ]);
  });

  it('marks what the reference leaves unverified', () => {
    for (const id of ['ncsc-basis', 'bio2', 'nen7510', 'ibp-onderwijs', 'adr-norea-cbw', 'ir-2024-2690'])
      expect(catalogue(id).source.unverified, id).toBeTruthy();
    // Only the four confirmed NCSC basic measures of eight, and the five joint principles.
    expect(catalogue('ncsc-basis').sections.map((s) => s.requirements.length)).toEqual([4, 5]);
  });

  it('counts a BIO2 government measure towards the ISO 27001 control its number belongs to', () => {
    expect(refs('bio2')).toHaveLength(120);
    const direct = (id: string) => mappingsFrom(id).map((l) => l.to);
    expect(direct('bio2:5.17.01')).toEqual(['iso27001-2022:A.5.17']);
    expect(direct('bio2:8.08.06')).toEqual(['iso27001-2022:A.8.8']);
    expect(direct('bio2:5.35.01')).toEqual(['iso27001-2022:A.5.35']);
    // And on through ISO to 2024/2690 and Art. 21(2) (our own, unverified ISO lines).
    expect(requirementsCountedBy('bio2:8.08.06')).toEqual(
      expect.arrayContaining(['iso27001-2022:A.8.8', 'ir-2024-2690:6.6', 'nis2-art21:e']),
    );
  });

  it('counts an ADR/NOREA control towards the Art. 21(2) point or governance duty its section names', () => {
    expect(requirementsCountedBy('adr-norea-cbw:9.1')).toEqual(['nis2-art21:h']);
    expect(requirementsCountedBy('adr-norea-cbw:14.2')).toEqual(['governance-art20:board-training']);
    expect(requirementsCountedBy('adr-norea-cbw:15.1')).toEqual([]);
  });
});

describe('ISO/IEC 27001:2022 ↔ 2024/2690 ↔ Art. 21(2) (own mapping)', () => {
  const iso = CATALOGUES.find((c) => c.id === 'iso27001-2022')!;
  const isoLines = CROSSWALK.filter(
    (l) =>
      l.from.startsWith('iso27001-2022:') || (l.from.startsWith('ir-2024-2690:') && l.to.startsWith('iso27001-2022:')),
  );

  it("marks every line as Weerbaar's own, unverified mapping, never as an official one", () => {
    expect(isoLines.length).toBeGreaterThan(100);
    for (const line of isoLines) {
      expect(line.source, `${line.from} → ${line.to}`).toMatch(/Eigen koppeling van Weerbaar, niet geverifieerd/);
      expect(line.source).not.toMatch(/^ENISA/);
    }
  });

  it('pairs every ISO → 2024/2690 line with the reverse line', () => {
    const keys = new Set(isoLines.map((l) => `${l.from}>${l.to}`));
    for (const l of isoLines.filter((x) => x.to.startsWith('ir-2024-2690:')))
      expect(keys.has(`${l.to}>${l.from}`), `${l.to} → ${l.from}`).toBe(true);
  });

  it('counts an ISO control towards the Art. 21(2) point of its 2024/2690 subsection', () => {
    expect(requirementsCountedBy('iso27001-2022:A.8.8')).toEqual(
      expect.arrayContaining(['ir-2024-2690:6.6', 'ir-2024-2690:6.10', 'nis2-art21:e']),
    );
    expect(requirementsCountedBy('iso27001-2022:A.8.24')).toEqual(expect.arrayContaining(['nis2-art21:h']));
    expect(requirementsCountedBy('iso27001-2022:A.5.5')).toEqual(['nis2-art21:b']);
    // Most controls reach Art. 21(2); the ones that do not are listed, so a change is seen.
    const none = iso.sections
      .flatMap((s) => s.requirements)
      .filter((r) => !requirementsCountedBy(r.id).some((id) => id.startsWith('nis2-art21:')))
      .map((r) => r.ref);
    expect(none).toEqual([
      'A.5.6',
      'A.5.32',
      'A.5.33',
      'A.5.34',
      'A.5.37',
      'A.6.7',
      'A.7.7',
      'A.8.6',
      'A.8.10',
      'A.8.11',
      'A.8.12',
      'A.8.33',
      'A.8.34',
    ]);
  });

  it('never lets a 2024/2690 subsection count for a sibling through ISO, nor Art. 21 for anything', () => {
    expect(requirementsCountedBy('ir-2024-2690:6.6').filter((id) => id.startsWith('ir-2024-2690:'))).toEqual([]);
    expect(requirementsCountedBy('ir-2024-2690:6.6')).toEqual(
      expect.arrayContaining(['iso27001-2022:A.8.8', 'nis2-art21:e']),
    );
    expect(requirementsCountedBy('iso27001-2022:A.8.8').filter((id) => id.startsWith('iso27001-2022:'))).toEqual([]);
    for (const l of 'abcdefghij') expect(requirementsCountedBy(`nis2-art21:${l}`)).toEqual([]);
  });
});

describe('mappingsFrom', () => {
  it('gives the direct crosswalk lines of a requirement with their sources', () => {
    const lines = mappingsFrom('ir-2024-2690:13.2');
    expect(lines.map((l) => l.to)).toEqual([
      'nis2-art21:c',
      'nis2-art21:e',
      'nis2-art21:i',
      'iso27001-2022:A.7.5',
      'iso27001-2022:A.7.8',
    ]);
    expect(lines[0]!.source).toMatch(/2024\/2690, bijlage, kop van afdeling 13/);
    expect(mappingsFrom('nis2-art21:a')).toEqual([]);
  });
});
