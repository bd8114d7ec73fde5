import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canRemoveAttachment,
  downloadMediaType,
  FILE_NAME_MAX_LENGTH,
  INCIDENT_STATUSES,
  normaliseMediaType,
  sanitiseFileName,
} from '../../src/incidents/index.ts';

describe('attachment file names', () => {
  it.each([
    ['rapport.pdf', 'rapport.pdf'],
    ['C:\\Users\\jan\\Desktop\\firewall.log', 'firewall.log'],
    ['../../etc/passwd', 'passwd'],
    ['  .env  ', 'env'],
    ['evil\u202egnp.exe', 'evilgnp.exe'],
    ['bell\u0007\u0000.txt', 'bell.txt'],
    ['a<b>c:d"e|f?g*h.txt', 'a_b_c_d_e_f_g_h.txt'],
    ['tab\tand\nnewline.txt', 'tab and newline.txt'],
    ['CON.txt', '_CON.txt'],
    ['Cafe\u0301.txt', 'Café.txt'],
    ['...', ''],
    ['', ''],
  ])('%j → %j', (raw, safe) => {
    expect(sanitiseFileName(raw)).toBe(safe);
  });

  it('keeps the extension when it shortens a long name', () => {
    const name = sanitiseFileName(`${'x'.repeat(500)}.pcapng`);
    expect(Array.from(name)).toHaveLength(FILE_NAME_MAX_LENGTH);
    expect(name.endsWith('x.pcapng')).toBe(true);
  });

  it('always gives a short name without separators, controls or surrounding dots (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => {
        const name = sanitiseFileName(raw);
        expect(Array.from(name).length).toBeLessThanOrEqual(FILE_NAME_MAX_LENGTH);
        // eslint-disable-next-line no-control-regex -- no control character may survive
        expect(name).not.toMatch(/[/\\<>:"|?*\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        expect(name).not.toMatch(/^[.\s]|[.\s]$/);
        expect(sanitiseFileName(name)).toBe(name);
      }),
    );
  });

  // Arbitrary strings almost never reach the shortening path with a dot or space at the cut, so this
  // builds long names from exactly those characters, with extensions both short enough to keep and too long.
  it('leaves no trailing dot or space when it shortens a long name (property)', () => {
    const stem = fc.string({ unit: fc.constantFrom('a', '.', ' '), minLength: 200, maxLength: 320 });
    // Uniform lengths: fast-check favours short strings, which would nearly always keep the extension.
    const extension = fc.integer({ min: 1, max: 40 }).map((n) => 'x'.repeat(n));
    fc.assert(
      fc.property(stem, extension, (base, ext) => {
        const name = sanitiseFileName(`${base}.${ext}`);
        expect(Array.from(name).length).toBeLessThanOrEqual(FILE_NAME_MAX_LENGTH);
        expect(name).not.toMatch(/^[.\s]|[.\s]$/);
        expect(sanitiseFileName(name)).toBe(name);
      }),
    );
  });

  it('strips a dot left at the cut when the extension is too long to keep', () => {
    const name = sanitiseFileName(`${'a'.repeat(199)}.${'b'.repeat(25)}`);
    expect(name).toBe('a'.repeat(199));
  });
});

describe('attachment media types', () => {
  it.each([
    ['text/plain; charset=utf-8', 'text/plain'],
    ['IMAGE/PNG', 'image/png'],
    ['application/vnd.tcpdump.pcap', 'application/vnd.tcpdump.pcap'],
    ['', 'application/octet-stream'],
    [undefined, 'application/octet-stream'],
    ['not a type', 'application/octet-stream'],
    ['text/html\r\nX-Injected: 1', 'application/octet-stream'],
  ])('declared %j is stored as %j', (declared, stored) => {
    expect(normaliseMediaType(declared)).toBe(stored);
  });

  it.each([
    ['application/pdf', 'application/pdf'],
    ['image/png', 'image/png'],
    ['text/html', 'application/octet-stream'],
    ['image/svg+xml', 'application/octet-stream'],
    ['application/javascript', 'application/octet-stream'],
    ['application/xhtml+xml', 'application/octet-stream'],
  ])('stored %s is downloaded as %s', (stored, sent) => {
    expect(downloadMediaType(stored)).toBe(sent);
  });
});

describe('removing evidence', () => {
  it('is possible only while the incident is open', () => {
    const removable = INCIDENT_STATUSES.filter(canRemoveAttachment);
    expect(removable).toEqual(['new', 'triage', 'containment', 'eradication', 'recovery']);
  });
});
