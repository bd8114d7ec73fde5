import { describe, expect, it } from 'vitest';
import { indicatorOf, stixPatternOf, stixTitleOf } from '../../src/sharing/stix.ts';
import { TLP_STIX_MARKING_IDS } from '../../src/sharing/tlp.ts';

describe('observables as STIX indicators', () => {
  it('writes a STIX pattern per observable type, escaping quotes and backslashes', () => {
    expect(stixPatternOf('ipv4', '192.0.2.10')).toBe("[ipv4-addr:value = '192.0.2.10']");
    expect(stixPatternOf('sha256', 'ab'.repeat(32))).toBe(`[file:hashes.'SHA-256' = '${'ab'.repeat(32)}']`);
    expect(stixPatternOf('url', "https://x.example/a'b\\c")).toBe("[url:value = 'https://x.example/a\\'b\\\\c']");
  });

  it('marks the indicator with the chosen TLP 2.0 marking', () => {
    const i = indicatorOf({
      id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
      at: '2026-12-07T10:00:00.000Z',
      type: 'domain',
      value: 'evil.example',
      description: null,
      tlp: 'AMBER',
    });
    expect(i.object_marking_refs).toEqual([TLP_STIX_MARKING_IDS.AMBER]);
    expect(i.pattern).toBe("[domain-name:value = 'evil.example']");
    expect(stixTitleOf(i)).toBe('domain: evil.example');
  });
});
