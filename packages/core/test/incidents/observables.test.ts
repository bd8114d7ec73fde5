import { describe, expect, it } from 'vitest';
import { normaliseObservable, ObservableInputSchema, type ObservableType } from '../../src/incidents/index.ts';

describe('observables', () => {
  it.each<[ObservableType, string, string]>([
    ['ipv4', ' 192.0.2.10 ', '192.0.2.10'],
    ['ipv6', '2001:DB8::1', '2001:db8::1'],
    ['domain', 'Evil.Example.NL.', 'evil.example.nl'],
    ['domain', 'xn--bcher-kva.example', 'xn--bcher-kva.example'],
    ['url', 'HTTPS://Evil.Example/Payload.EXE?x=1', 'https://evil.example/Payload.EXE?x=1'],
    ['md5', 'D41D8CD98F00B204E9800998ECF8427E', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['sha1', 'da39a3ee5e6b4b0d3255bfef95601890afd80709', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    [
      'sha256',
      'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855',
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    ],
    ['email', 'Phish@Example.NL', 'phish@example.nl'],
  ])('%s %s → %s', (type, raw, normalised) => {
    expect(normaliseObservable(type, raw)).toEqual({ ok: true, value: normalised });
  });

  it.each<[ObservableType, string]>([
    ['ipv4', '256.1.1.1'],
    ['ipv4', '2001:db8::1'],
    ['ipv6', '192.0.2.1'],
    ['domain', 'no_underscores.example'],
    ['domain', '-bad.example'],
    ['domain', 'localhost'],
    ['domain', '192.0.2.1'],
    ['url', 'evil.example/path'],
    ['url', 'hxxp://evil[.]example'],
    ['md5', 'd41d8cd98f00b204e9800998ecf8427'],
    ['sha1', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['sha256', 'zz'.repeat(32)],
    ['email', 'not-an-address'],
    ['ipv4', '   '],
  ])('refuses %s %s', (type, raw) => {
    expect(normaliseObservable(type, raw).ok).toBe(false);
  });

  it('names the value field when the schema refuses', () => {
    const result = ObservableInputSchema.safeParse({ type: 'sha256', value: 'abc' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['value']);
    expect(ObservableInputSchema.parse({ type: 'domain', value: 'C2.Example' })).toEqual({
      type: 'domain',
      value: 'c2.example',
      description: null,
    });
  });
});
