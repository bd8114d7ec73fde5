import { describe, expect, it } from 'vitest';
import { CATALOGUES, CROSSWALK, findRequirement, requirementsCountedBy } from '../../src/measures/index.ts';

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
