import { describe, expect, it } from 'vitest';
import { sourceOf, throttleKeys } from '../../src/services/accounts/sign-in-throttle.ts';

const config = { secretKey: Buffer.alloc(32, 1).toString('base64'), dataDir: '/nonexistent' };

describe('the source a sign-in attempt counts on', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    // One subscriber gets a whole /64: every address in it is one source.
    ['2001:db8:1:2::1', '2001:0db8:0001:0002::/64'],
    ['2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:0db8:0001:0002::/64'],
    ['2001:db8::5', '2001:0db8:0000:0000::/64'],
    ['::1', '0000:0000:0000:0000::/64'],
  ])('%s counts as %s', (ip, source) => {
    expect(sourceOf(ip)).toBe(source);
  });

  it('keys the account by a keyed hash of the address typed, the same however it is capitalised', () => {
    const keys = throttleKeys(config, '203.0.113.7', 'Jan.Jansen@Example.nl');
    expect(keys).toEqual(throttleKeys(config, '203.0.113.7', ' jan.jansen@example.nl '));
    expect(keys.address).toBe('address:203.0.113.7');
    expect(keys.account).toMatch(/^account:203\.0\.113\.7:[\w-]{43}$/);
    expect(keys.account).not.toContain('jansen');
    expect(throttleKeys(config, '203.0.113.8', 'jan.jansen@example.nl').account).not.toBe(keys.account);
    const otherInstallation = { ...config, secretKey: Buffer.alloc(32, 2).toString('base64') };
    expect(throttleKeys(otherInstallation, '203.0.113.7', 'jan.jansen@example.nl').account).not.toBe(keys.account);
  });
});
