import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addUtcMonths,
  diffJson,
  isDutchPostcode,
  isPhoneNumber,
  normalisePhone,
  normalisePostcode,
  parseCidr,
  registrationUpdateDeadlines,
} from '../../src/registration/index.ts';

describe('parseCidr', () => {
  it.each([
    ['192.0.2.0/24', '192.0.2.0/24'],
    ['203.0.113.128/25', '203.0.113.128/25'],
    ['8.8.8.8/32', '8.8.8.8/32'],
    ['2001:db8::/32', '2001:db8::/32'],
    ['2001:DB8:0:0:0:0:0:0/48', '2001:db8::/48'],
    ['2a00:1450:4001:0:0:0:0:0/64', '2a00:1450:4001::/64'],
  ])('accepts %s as %s', (text, canonical) => {
    expect(parseCidr(text)).toMatchObject({ ok: true, canonical });
  });

  it.each([
    ['192.0.2.0', /CIDR block/],
    ['192.0.2.1/24', /host bits are set; the network is 192\.0\.2\.0\/24/],
    ['256.0.0.0/8', /not a valid IPv4/],
    ['192.0.2.0/33', /prefix length must be 0-32/],
    ['010.0.0.0/8', /not a valid IPv4/],
    ['10.0.0.0/8', /private/],
    ['172.20.0.0/16', /private/],
    ['0.0.0.0/0', /not a public range/],
    ['127.0.0.1/32', /loopback/],
    ['2001:db8::/129', /0-128/],
    ['2001:db8:::/32', /not a valid IPv6/],
    ['1:2:3:4:5:6:7:8:9/64', /not a valid IPv6/],
    ['fd00::/8', /unique local/],
    ['::1/128', /loopback/],
  ])('refuses %s', (text, reason) => {
    const result = parseCidr(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('round-trips every canonical public IPv4 block', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 0xdfffffff }), fc.integer({ min: 8, max: 32 }), (address, prefix) => {
        const network = prefix === 0 ? 0 : (address >>> (32 - prefix)) << (32 - prefix);
        const text = `${[24, 16, 8, 0].map((s) => (network >>> s) & 255).join('.')}/${prefix}`;
        const parsed = parseCidr(text);
        if (parsed.ok) expect(parsed.canonical).toBe(text);
        else expect(parsed.reason).toMatch(/not a public range/);
      }),
    );
  });
});

describe('Dutch contact formats', () => {
  it.each(['1234 AB', '1234ab', '9999 zz'])('accepts postcode %s', (p) => expect(isDutchPostcode(p)).toBe(true));
  it.each(['0123 AB', '1234 SA', '1234 SS', '12345 AB', '1234-AB', ''])('refuses postcode %s', (p) =>
    expect(isDutchPostcode(p)).toBe(false),
  );
  it('normalises a postcode', () => expect(normalisePostcode(' 1234ab ')).toBe('1234 AB'));

  it.each([
    '+31 20 123 4567',
    '+31 (0)20 123 4567',
    '020-1234567',
    '06-12345678',
    '0800-1234',
    '0900 123 4567',
    '+32 2 123 45 67',
  ])('accepts phone %s', (p) => expect(isPhoneNumber(p)).toBe(true));
  it.each(['12345', '020-123456', '+0 20 1234567', 'bel ons', '06-123456789'])('refuses phone %s', (p) =>
    expect(isPhoneNumber(p)).toBe(false),
  );
  it('writes Dutch numbers as E.164', () => expect(normalisePhone('06-12345678')).toBe('+31612345678'));
});

describe('registrationUpdateDeadlines', () => {
  const changedAt = new Date('2026-09-01T10:00:00Z');

  it('gives two weeks for the national register (NIS2 Art. 3(4); Cbw art. 44(2))', () => {
    expect(registrationUpdateDeadlines(changedAt, ['I.5.1'])).toEqual([
      {
        register: 'national',
        dueAt: '2026-09-15T10:00:00.000Z',
        source: expect.stringContaining('Cbw art. 44, lid 2'),
      },
    ]);
  });

  it('adds three months for ENISA registry types (NIS2 Art. 27(3); Cbw art. 47(5))', () => {
    const deadlines = registrationUpdateDeadlines(changedAt, ['I.8.4']);
    expect(deadlines[1]).toEqual({
      register: 'enisa',
      dueAt: '2026-12-01T10:00:00.000Z',
      source: expect.stringContaining('Cbw art. 47, lid 5'),
    });
  });

  it('ends a month period on the last day when the date does not exist', () => {
    expect(addUtcMonths(new Date('2026-11-30T08:00:00Z'), 3).toISOString()).toBe('2027-02-28T08:00:00.000Z');
    expect(addUtcMonths(new Date('2027-11-30T08:00:00Z'), 3).toISOString()).toBe('2028-02-29T08:00:00.000Z');
  });
});

describe('diffJson', () => {
  it('lists changed leaves by path', () => {
    expect(diffJson({ a: 1, b: [1, 2], c: { d: 'x' } }, { a: 1, b: [1, 3, 4], c: { d: 'y' } })).toEqual([
      { path: 'b.1', before: 2, after: 3 },
      { path: 'b.2', before: null, after: 4 },
      { path: 'c.d', before: 'x', after: 'y' },
    ]);
  });
});
