// TLP:RED observables need named people, in the contract itself (so the route answers 400 before any work).
import { describe, expect, it } from 'vitest';
import { ShareIncidentObservablesSchema, ShareObservablesSchema } from '../../src/sharing/sharing.contracts.ts';

const COMMUNITY = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const PERSON = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';

describe('sharing observables: RED needs named people', () => {
  it('refuses RED without named people, on recipientUserIds with the code "required"', () => {
    for (const schema of [ShareObservablesSchema, ShareIncidentObservablesSchema]) {
      const body = { communityId: COMMUNITY, tlp: 'RED', recipientUserIds: [] };
      const result = schema.safeParse(schema === ShareObservablesSchema ? body : { ...body, incidentId: COMMUNITY });
      expect(result.success).toBe(false);
      const issue = result.error!.issues[0]!;
      expect(issue.path).toEqual(['recipientUserIds']);
      expect((issue as { params?: { code?: string } }).params?.code).toBe('required');
    }
  });

  it('accepts RED with a named person, and other labels without', () => {
    expect(
      ShareObservablesSchema.safeParse({ communityId: COMMUNITY, tlp: 'RED', recipientUserIds: [PERSON] }).success,
    ).toBe(true);
    expect(ShareObservablesSchema.safeParse({ communityId: COMMUNITY, tlp: 'AMBER' }).success).toBe(true);
  });
});
