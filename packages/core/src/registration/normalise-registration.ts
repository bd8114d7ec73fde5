import { normalisePhone, normalisePostcode } from './contact-formats.ts';
import { parseCidr } from './ip-range.ts';
import type { Registration } from './registration.contracts.ts';

/**
 * One spelling per value, so a version that only re-types a postcode or phone number is no change and the
 * registry compares like with like. Input must already be valid.
 */
export function normaliseRegistration(r: Registration): Registration {
  return {
    ...r,
    addresses: r.addresses.map((a) => ({
      ...a,
      postcode: a.country === 'NL' ? normalisePostcode(a.postcode) : a.postcode,
    })),
    contacts: r.contacts.map((c) => ({ ...c, email: c.email.trim(), phone: normalisePhone(c.phone) })),
    entityTypes: [...new Set(r.entityTypes)],
    memberStates: [...new Set(r.memberStates)].sort(),
    publicIpRanges: r.publicIpRanges.map((range) => {
      const parsed = parseCidr(range);
      return parsed.ok ? parsed.canonical : range;
    }),
  };
}
