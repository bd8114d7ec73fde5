// CVSS v3.0/v3.1 base score from a vector (FIRST CVSS v3.1 Specification §7.1 and Appendix A): an authored
// advisory states the vector and the score is computed, so they cannot disagree (CSAF §6.1.9 refuses a
// document whose score does not follow from its vector).
const W = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  CIA: { H: 0.56, L: 0.22, N: 0 },
} as const;

/** Round up to one decimal as the specification's Roundup (Appendix A) defines it. */
function roundUp(x: number): number {
  const i = Math.round(x * 100000);
  return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}

export function cvss3BaseScore(vector: string): number | undefined {
  const m =
    /^CVSS:3\.[01]\/AV:([NALP])\/AC:([LH])\/PR:([NLH])\/UI:([NR])\/S:([UC])\/C:([NLH])\/I:([NLH])\/A:([NLH])$/.exec(
      vector,
    );
  if (!m) return undefined;
  const [, av, ac, pr, ui, s, c, i, a] = m as unknown as [
    string,
    'N' | 'A' | 'L' | 'P',
    'L' | 'H',
    'N' | 'L' | 'H',
    'N' | 'R',
    'U' | 'C',
    'H' | 'L' | 'N',
    'H' | 'L' | 'N',
    'H' | 'L' | 'N',
  ];
  const changed = s === 'C';
  const prW = pr === 'N' ? 0.85 : pr === 'L' ? (changed ? 0.68 : 0.62) : changed ? 0.5 : 0.27;
  const iss = 1 - (1 - W.CIA[c]) * (1 - W.CIA[i]) * (1 - W.CIA[a]);
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
  const exploitability = 8.22 * W.AV[av] * W.AC[ac] * prW * W.UI[ui];
  if (impact <= 0) return 0;
  return changed
    ? roundUp(Math.min(1.08 * (impact + exploitability), 10))
    : roundUp(Math.min(impact + exploitability, 10));
}
