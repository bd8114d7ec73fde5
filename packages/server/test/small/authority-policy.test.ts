import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { authorityPolicyOf, refusedAddress, refusedUrl, webhookPolicyOf } from '../../src/adapters/authority-policy.ts';

const production = (env: Record<string, string> = {}) =>
  authorityPolicyOf(loadConfig({ PUBLIC_URL: 'https://weerbaar.example.nl', ...env }));
const development = () => authorityPolicyOf(loadConfig({}));
const url = new URL('https://meldpunt.example.nl');

describe('authority address policy: addresses', () => {
  it.each([
    ['169.254.169.254', /link-local/],
    ['::ffff:169.254.169.254', /link-local/],
    ['fe80::1', /link-local/],
    ['64:ff9b::a9fe:a9fe', /link-local/], // NAT64 form of 169.254.169.254
    ['2002:a9fe:a9fe::1', /link-local/], // 6to4 form of 169.254.169.254
    ['0.0.0.0', /unspecified/],
    ['::', /unspecified/],
    ['224.0.0.1', /multicast/],
    ['ff02::1', /multicast/],
    ['255.255.255.255', /reserved/],
    ['fd00:ec2::254', /metadata/],
    ['100.100.100.200', /metadata/],
    ['::7f00:1', /IPv4-compatible/], // ::127.0.0.1
    ['::a9fe:a9fe', /IPv4-compatible/], // ::169.254.169.254
    ['::10.0.0.1', /IPv4-compatible/],
    ['64:ff9b:1::a9fe:a9fe', /local-use NAT64/],
    ['64:ff9b:1:7f00:1::', /local-use NAT64/], // 127.0.0.1 under a /48 local-use prefix
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', /Teredo/],
    ['2001:db8::1', /documentation/],
  ])('never connects to %s, not even when private networks are allowed', (address, reason) => {
    const open = production({ WEERBAAR_AUTHORITY_PRIVATE_NETWORKS: '0.0.0.0/0,::/0' });
    expect(refusedAddress(url, address, open)).toMatch(reason);
    expect(refusedAddress(url, address, open)).toContain('never an authority');
  });

  it.each(['127.0.0.1', '::1', '10.1.2.3', '172.20.0.5', '192.168.1.1', '100.64.0.1', 'fd12::1', '::ffff:10.0.0.1'])(
    'refuses the internal address %s unless WEERBAAR_AUTHORITY_PRIVATE_NETWORKS allows it',
    (address) => {
      expect(refusedAddress(url, address, production())).toMatch(/WEERBAAR_AUTHORITY_PRIVATE_NETWORKS/);
      const allowed = production({ WEERBAAR_AUTHORITY_PRIVATE_NETWORKS: '127.0.0.0/8,::1,10.0.0.0/8,172.16.0.0/12' });
      const inAllowed = ['127.0.0.1', '::1', '10.1.2.3', '172.20.0.5', '::ffff:10.0.0.1'].includes(address);
      expect(refusedAddress(url, address, allowed) === undefined).toBe(inAllowed);
    },
  );

  it('accepts public addresses', () => {
    for (const address of ['193.177.0.10', '2a00:1450:4001:80b::200e', '64:ff9b::c1b1:000a', '2001:4860::8888']) {
      expect(refusedAddress(url, address, production())).toBeUndefined();
    }
  });

  it('allows loopback by default only when the installation itself runs on loopback outside production', () => {
    expect(refusedAddress(url, '127.0.0.1', development())).toBeUndefined();
    expect(refusedAddress(url, '127.0.0.1', production())).toMatch(/loopback/);
    // In production an unset (or loopback) PUBLIC_URL opens nothing; only the setting does.
    for (const env of [{}, { PUBLIC_URL: 'http://localhost:8080' }]) {
      const config = loadConfig({ NODE_ENV: 'production', ...env });
      expect(refusedAddress(url, '127.0.0.1', authorityPolicyOf(config))).toMatch(/loopback/);
      expect(refusedAddress(url, '127.0.0.1', webhookPolicyOf(config))).toMatch(/loopback/);
    }
    const opened = loadConfig({ NODE_ENV: 'production', WEERBAAR_AUTHORITY_PRIVATE_NETWORKS: '127.0.0.0/8' });
    expect(refusedAddress(url, '127.0.0.1', authorityPolicyOf(opened))).toBeUndefined();
    // An explicit empty list switches the development default off.
    const strict = authorityPolicyOf(loadConfig({ WEERBAAR_AUTHORITY_PRIVATE_NETWORKS: '' }));
    expect(refusedAddress(url, '127.0.0.1', strict)).toMatch(/loopback/);
  });

  it("trusts this installation's own PUBLIC_URL for internal addresses, never for link-local", () => {
    const own = new URL('https://weerbaar.example.nl/');
    expect(refusedAddress(own, '10.0.0.8', production())).toBeUndefined();
    expect(refusedAddress(own, '169.254.169.254', production())).toMatch(/link-local/);
  });

  it('names the host and the address it resolved to', () => {
    expect(refusedAddress(url, '10.0.0.8', production())).toBe(
      'meldpunt.example.nl resolves to 10.0.0.8, a private address (allow it with WEERBAAR_AUTHORITY_PRIVATE_NETWORKS)',
    );
  });
});

describe('webhook address policy', () => {
  it('has its own private networks setting: neither opens the other', () => {
    const authorityOpen = loadConfig({
      PUBLIC_URL: 'https://weerbaar.example.nl',
      WEERBAAR_AUTHORITY_PRIVATE_NETWORKS: '10.0.0.0/8',
    });
    expect(refusedAddress(url, '10.1.2.3', authorityPolicyOf(authorityOpen))).toBeUndefined();
    expect(refusedAddress(url, '10.1.2.3', webhookPolicyOf(authorityOpen))).toBe(
      'meldpunt.example.nl resolves to 10.1.2.3, a private address (allow it with WEERBAAR_WEBHOOK_PRIVATE_NETWORKS)',
    );
    const webhookOpen = loadConfig({
      PUBLIC_URL: 'https://weerbaar.example.nl',
      WEERBAAR_WEBHOOK_PRIVATE_NETWORKS: '10.0.0.0/8',
    });
    expect(refusedAddress(url, '10.1.2.3', webhookPolicyOf(webhookOpen))).toBeUndefined();
    expect(refusedAddress(url, '10.1.2.3', authorityPolicyOf(webhookOpen))).toMatch(
      /WEERBAAR_AUTHORITY_PRIVATE_NETWORKS/,
    );
  });

  it('has no host allow-list but the same never-contacted addresses', () => {
    const config = loadConfig({
      PUBLIC_URL: 'https://weerbaar.example.nl',
      WEERBAAR_AUTHORITY_HOSTS: 'meldpunt.example.nl',
      WEERBAAR_WEBHOOK_PRIVATE_NETWORKS: '0.0.0.0/0',
    });
    expect(refusedUrl(new URL('https://chat.example.nl/hook'), webhookPolicyOf(config))).toBeUndefined();
    expect(refusedAddress(url, '169.254.169.254', webhookPolicyOf(config))).toMatch(/never an authority/);
  });
});

describe('authority address policy: URLs', () => {
  it('limits hosts to WEERBAAR_AUTHORITY_HOSTS when it is set, with or without a port', () => {
    const policy = production({ WEERBAAR_AUTHORITY_HOSTS: 'Meldpunt.example.nl, intake.example.nl:8443' });
    expect(refusedUrl(new URL('https://meldpunt.example.nl/base'), policy)).toBeUndefined();
    expect(refusedUrl(new URL('https://meldpunt.example.nl:444'), policy)).toBeUndefined();
    expect(refusedUrl(new URL('https://intake.example.nl:8443'), policy)).toBeUndefined();
    expect(refusedUrl(new URL('https://intake.example.nl'), policy)).toMatch(/not an allowed authority host/);
    expect(refusedUrl(new URL('https://elders.example.nl'), policy)).toMatch(/WEERBAAR_AUTHORITY_HOSTS/);
    // The same-installation default stays possible.
    expect(refusedUrl(new URL('https://weerbaar.example.nl'), policy)).toBeUndefined();
    expect(refusedUrl(new URL('https://elders.example.nl'), production())).toBeUndefined();
  });

  it('allows plain http only to localhost or this installation', () => {
    expect(refusedUrl(new URL('http://meldpunt.example.nl'), production())).toMatch(/must use https/);
    expect(refusedUrl(new URL('http://127.0.0.1:9000'), production())).toBeUndefined();
    const plain = authorityPolicyOf(loadConfig({ PUBLIC_URL: 'http://weerbaar.intern:8080' }));
    expect(refusedUrl(new URL('http://weerbaar.intern:8080'), plain)).toBeUndefined();
  });
});

describe('configuration', () => {
  it('refuses a malformed private network instead of ignoring it', () => {
    expect(() => loadConfig({ WEERBAAR_AUTHORITY_PRIVATE_NETWORKS: '10.0.0.0/33' })).toThrow(
      /WEERBAAR_AUTHORITY_PRIVATE_NETWORKS/,
    );
    expect(() => loadConfig({ WEERBAAR_AUTHORITY_PRIVATE_NETWORKS: 'intranet' })).toThrow(/got 'intranet'/);
    expect(() => loadConfig({ WEERBAAR_WEBHOOK_PRIVATE_NETWORKS: 'intranet' })).toThrow(
      /WEERBAAR_WEBHOOK_PRIVATE_NETWORKS must list .* got 'intranet'/,
    );
  });

  it('logs mail bodies by default except in production, and the switch overrides both', () => {
    expect(loadConfig({}).logMailBodies).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).logMailBodies).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', WEERBAAR_LOG_MAIL_BODIES: 'on' }).logMailBodies).toBe(true);
    expect(loadConfig({ WEERBAAR_LOG_MAIL_BODIES: 'off' }).logMailBodies).toBe(false);
    expect(() => loadConfig({ WEERBAAR_LOG_MAIL_BODIES: 'yes' })).toThrow(/'on' or 'off'/);
  });
});
