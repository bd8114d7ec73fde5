import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indicatorKey, indicatorsOfReport } from '../../src/campaigns/indicator-match.ts';

describe('indicatorKey: the canonical form two reports are compared on', () => {
  it.each([
    ['ipv4', ' 203.0.113.66 ', { type: 'ipv4', value: '203.0.113.66' }],
    ['ipv6', '2001:DB8:0:0:0:0:0:1', { type: 'ipv6', value: '2001:db8::1' }],
    ['ipv6', '2001:0db8:0000:0000:0001:0000:0000:0001', { type: 'ipv6', value: '2001:db8::1:0:0:1' }],
    ['ipv6', '2001:db8:0:1:1:1:1:1', { type: 'ipv6', value: '2001:db8:0:1:1:1:1:1' }],
    ['ipv6', '::FFFF:203.0.113.66', { type: 'ipv4', value: '203.0.113.66' }],
    ['ipv6', '::ffff:cb00:7142', { type: 'ipv4', value: '203.0.113.66' }],
    ['ipv6', '::1', { type: 'ipv6', value: '::1' }],
    ['domain', 'Evil.Example.NL.', { type: 'domain', value: 'evil.example.nl' }],
    ['url', 'HTTPS://Evil.Example.nl/Pay', { type: 'url', value: 'https://evil.example.nl/Pay' }],
    ['sha256', 'A'.repeat(64), { type: 'sha256', value: 'a'.repeat(64) }],
  ] as const)('%s %s', (type, raw, expected) => {
    expect(indicatorKey(type, raw)).toEqual(expected);
  });

  it('refuses what is not valid for its type instead of guessing', () => {
    expect(indicatorKey('ipv4', '203.0.113.300')).toBeNull();
    expect(indicatorKey('md5', 'xyz')).toBeNull();
  });

  it('gives every spelling of one IPv6 address the same key', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 }), (groups) => {
        const full = groups.map((g) => g.toString(16).padStart(4, '0')).join(':');
        const short = groups.map((g) => g.toString(16).toUpperCase()).join(':');
        const a = indicatorKey('ipv6', full);
        const b = indicatorKey('ipv6', short);
        expect(a).not.toBeNull();
        expect(a).toEqual(b);
        // The key is itself canonical: keying it again changes nothing.
        expect(indicatorKey(a!.type, a!.value)).toEqual(a);
      }),
    );
  });
});

describe('indicatorsOfReport', () => {
  it('takes the distinct canonical indicators of a report and skips invalid ones', () => {
    expect(
      indicatorsOfReport({
        indicatorsOfCompromise: [
          { type: 'ipv4', value: '203.0.113.66' },
          { type: 'ipv6', value: '::ffff:203.0.113.66' },
          { type: 'domain', value: 'C2.Example.com' },
          { type: 'md5', value: 'not-a-hash' },
          { type: 'product', value: 'x' },
        ],
      }),
    ).toEqual([
      { type: 'ipv4', value: '203.0.113.66' },
      { type: 'domain', value: 'c2.example.com' },
    ]);
  });

  it('finds nothing in a report without indicators (an early warning)', () => {
    expect(indicatorsOfReport({ summary: 'x' })).toEqual([]);
    expect(indicatorsOfReport(null)).toEqual([]);
  });
});
