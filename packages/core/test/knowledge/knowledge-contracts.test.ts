import { describe, expect, it } from 'vitest';
import { KnowledgeArticleInputSchema, recipientIssues } from '../../src/knowledge/index.ts';
import { TLP_LABELS } from '../../src/sharing/tlp.ts';

const ORG = '4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const PERSON = '5a1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

describe('recipients of a knowledge article per TLP label', () => {
  // Which fields each label accepts: people for RED only (required there), organisations for AMBER and
  // AMBER+STRICT only (optional: none named means the community's members).
  const cases = TLP_LABELS.flatMap((tlp) =>
    [
      { orgs: [], people: [] },
      { orgs: [ORG], people: [] },
      { orgs: [], people: [PERSON] },
    ].map((r) => ({ tlp, ...r })),
  );
  it.each(cases)('$tlp with orgs $orgs and people $people', ({ tlp, orgs, people }) => {
    const fields = recipientIssues({ tlp, recipientOrgIds: orgs, recipientUserIds: people }).map((i) => i.field);
    const expected: string[] = [];
    if (tlp === 'RED' && people.length === 0) expected.push('recipientUserIds');
    if (tlp !== 'RED' && people.length > 0) expected.push('recipientUserIds');
    if (tlp !== 'AMBER' && tlp !== 'AMBER+STRICT' && orgs.length > 0) expected.push('recipientOrgIds');
    expect(fields).toEqual(expected);
  });

  it('the input schema refuses RED without named people and raw NUL in the body', () => {
    const base = { kind: 'threat', title: 'T', summary: 'S', body: 'B', communityId: ORG };
    expect(KnowledgeArticleInputSchema.safeParse({ ...base, tlp: 'RED' }).success).toBe(false);
    expect(KnowledgeArticleInputSchema.safeParse({ ...base, tlp: 'RED', recipientUserIds: [PERSON] }).success).toBe(
      true,
    );
    expect(KnowledgeArticleInputSchema.safeParse({ ...base, tlp: 'CLEAR', body: 'a\0b' }).success).toBe(false);
  });
});
