import { describe, expect, it } from 'vitest';
import { mfaEnrolmentRequired, mfaRequired } from '../../src/platform/mfa.ts';

// NIS2 art. 21(2)(j): who must use a second factor on the platform.
describe('mfaRequired', () => {
  it('asks it of owners and admins, and of everyone at the authority', () => {
    expect(mfaRequired('owner', 'entity', false)).toBe(true);
    expect(mfaRequired('admin', 'entity', false)).toBe(true);
    expect(mfaRequired('analyst', 'authority', false)).toBe(true);
    expect(mfaRequired('auditor', 'authority', false)).toBe(true);
  });

  it('leaves other entity roles free unless the organisation requires it for all', () => {
    for (const role of ['risk-manager', 'incident-handler', 'auditor'] as const) {
      expect(mfaRequired(role, 'entity', false)).toBe(false);
      expect(mfaRequired(role, 'entity', true)).toBe(true);
    }
  });
});

describe('mfaEnrolmentRequired', () => {
  const owner = { role: 'owner' as const, orgKind: 'entity' as const, requireMfaForAll: false };
  const none = { mfaEnabled: false, mfaViaProvider: false, mfaExempt: false };

  it('holds while the person has no second factor', () => {
    expect(mfaEnrolmentRequired(owner, none)).toBe(true);
  });

  it('is met by TOTP, by MFA the identity provider asserted, and waived for demo accounts', () => {
    expect(mfaEnrolmentRequired(owner, { ...none, mfaEnabled: true })).toBe(false);
    expect(mfaEnrolmentRequired(owner, { ...none, mfaViaProvider: true })).toBe(false);
    expect(mfaEnrolmentRequired(owner, { ...none, mfaExempt: true })).toBe(false);
  });

  it('does not hold without an active organisation', () => {
    expect(mfaEnrolmentRequired(null, none)).toBe(false);
  });
});
