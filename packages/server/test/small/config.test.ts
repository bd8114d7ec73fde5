import { describe, expect, it } from 'vitest';
import { loadConfig, publicUrlOnBoundPort } from '../../src/config.ts';
import { authorityPolicyOf, refusedAddress, refusedUrl } from '../../src/adapters/authority-policy.ts';

describe('the default PUBLIC_URL', () => {
  it('names loopback when HOST is a wildcard address, which the address policy would refuse', () => {
    for (const HOST of ['0.0.0.0', '::', '[::]', '0:0:0:0:0:0:0:0']) {
      expect(loadConfig({ HOST, PORT: '8080' }).publicUrl, HOST).toBe('http://127.0.0.1:8080');
    }
  });

  it('keeps a concrete HOST, with brackets for IPv6', () => {
    expect(loadConfig({ HOST: '10.1.2.3', PORT: '9000' }).publicUrl).toBe('http://10.1.2.3:9000');
    expect(loadConfig({ HOST: '::1', PORT: '9000' }).publicUrl).toBe('http://[::1]:9000');
    expect(loadConfig({ PORT: '9000' }).publicUrl).toBe('http://127.0.0.1:9000');
    expect(loadConfig({ HOST: '0.0.0.0', PUBLIC_URL: 'https://weerbaar.example.nl/' }).publicUrl).toBe(
      'https://weerbaar.example.nl',
    );
  });

  it('names the port actually bound when PORT=0, for every HOST, but keeps an explicit PUBLIC_URL', () => {
    for (const [HOST, expected] of [
      ['127.0.0.1', 'http://127.0.0.1:4321'],
      ['0.0.0.0', 'http://127.0.0.1:4321'],
      ['::', 'http://127.0.0.1:4321'],
      ['::1', 'http://[::1]:4321'],
    ] as const) {
      expect(publicUrlOnBoundPort(loadConfig({ HOST, PORT: '0' }), 4321), HOST).toBe(expected);
    }
    const explicit = loadConfig({ HOST: '0.0.0.0', PORT: '0', PUBLIC_URL: 'https://weerbaar.example.nl' });
    expect(publicUrlOnBoundPort(explicit, 4321)).toBe('https://weerbaar.example.nl');
  });

  it('lets a container (HOST=0.0.0.0, production) deliver to this same installation', () => {
    // The demo's "same installation" target is PUBLIC_URL itself.
    const config = loadConfig({ HOST: '0.0.0.0', PORT: '8080', NODE_ENV: 'production' });
    const own = new URL(config.publicUrl);
    const policy = authorityPolicyOf(config);
    expect(refusedUrl(own, policy)).toBeUndefined();
    expect(refusedAddress(own, own.hostname, policy)).toBeUndefined();
  });
});

describe('WEERBAAR_CRISIS_PULL_SECONDS', () => {
  it('is 30 s by default, takes whole seconds from 1, and refuses anything else', () => {
    expect(loadConfig({}).crisisPullIntervalMs).toBe(30_000);
    expect(loadConfig({ WEERBAAR_CRISIS_PULL_SECONDS: '3' }).crisisPullIntervalMs).toBe(3_000);
    for (const bad of ['0', '-1', '2.5', 'soon', '86401'])
      expect(() => loadConfig({ WEERBAAR_CRISIS_PULL_SECONDS: bad }), bad).toThrow(/WEERBAAR_CRISIS_PULL_SECONDS/);
  });
});
