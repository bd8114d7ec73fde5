import { generateKeyPairSync, randomUUID } from 'node:crypto';
import http from 'node:http';
import Provider from 'oidc-provider';

// A real OpenID Connect provider (the `oidc-provider` package) on loopback, for tests of the sign-in
// through an organisation's identity provider. The only stand-in is the login screen: its interaction
// is finished at once for the person the test names with `signInAs`, with the amr/acr the test chooses.

export interface TestPerson {
  email: string;
  emailVerified?: boolean;
  name?: string;
  amr?: string[];
  acr?: string;
  /** Other claims the provider sends (e.g. Entra ID's xms_edov). */
  extraClaims?: Record<string, unknown>;
}

export interface TestProvider {
  issuer: string;
  /** Registers a client; returns its id and secret. */
  client(redirectUri: string): { clientId: string; clientSecret: string };
  /** Who "logs in" at the provider on the next authorization. */
  signInAs(person: TestPerson): void;
  /**
   * Follows the browser through the provider from the authorization URL until it is sent back to
   * redirectUri; returns that address (with code, state and iss).
   */
  authorize(authorizationUrl: string, redirectUri: string): Promise<URL>;
  close(): Promise<void>;
}

export const MFA_ACR = 'urn:test:loa:substantial';

export async function startTestProvider(): Promise<TestProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const issuer = `http://127.0.0.1:${port}`;
  const people = new Map<string, TestPerson>();
  const clients: { client_id: string; client_secret: string; redirect_uris: string[] }[] = [];
  let next: (TestPerson & { sub: string }) | undefined;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' };

  let provider: Provider | undefined;
  const build = () => {
    provider = new Provider(issuer, {
      clients,
      jwks: { keys: [jwk as never] },
      // Entra ID and Keycloak always put acr and amr in the ID token; here they come with the openid scope.
      claims: {
        sid: null,
        openid: ['sub', 'acr', 'amr', 'auth_time'],
        email: ['email', 'email_verified', 'xms_edov'],
        profile: ['name'],
      },
      // Entra ID and Keycloak put email and name in the ID token; so does this provider.
      conformIdTokenClaims: false,
      acrValues: [MFA_ACR, 'urn:test:loa:low'],
      features: { devInteractions: { enabled: false } },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      async findAccount(_ctx, sub) {
        const person = people.get(sub);
        if (!person) return undefined;
        return {
          accountId: sub,
          claims: () => ({
            sub,
            email: person.email,
            email_verified: person.emailVerified ?? true,
            ...(person.name && { name: person.name }),
            ...person.extraClaims,
          }),
        };
      },
    });
  };
  build();

  server.on('request', (req, res) => {
    void (async () => {
      const p = provider!;
      if (!req.url?.startsWith('/interaction/')) return p.callback()(req, res);
      const details = await p.interactionDetails(req, res);
      if (details.prompt.name === 'login') {
        if (!next) throw new Error('signInAs was not called');
        const { sub, amr, acr } = next;
        return p.interactionFinished(
          req,
          res,
          { login: { accountId: sub, ...(amr && { amr }), ...(acr && { acr }) } },
          { mergeWithLastSubmission: false },
        );
      }
      const grant = new p.Grant({
        accountId: details.session!.accountId,
        clientId: details.params.client_id as string,
      });
      grant.addOIDCScope('openid email profile');
      return p.interactionFinished(
        req,
        res,
        { consent: { grantId: await grant.save() } },
        { mergeWithLastSubmission: true },
      );
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });

  return {
    issuer,
    client(redirectUri) {
      const client = {
        client_id: `weerbaar-${clients.length + 1}`,
        client_secret: randomUUID(),
        redirect_uris: [redirectUri],
      };
      clients.push(client);
      build(); // the static client list is read when the provider is made
      return { clientId: client.client_id, clientSecret: client.client_secret };
    },
    signInAs(person) {
      const sub = `sub-${person.email}`;
      people.set(sub, person);
      next = { ...person, sub };
    },
    async authorize(authorizationUrl, redirectUri) {
      const jar = new Map<string, string>();
      let url = new URL(authorizationUrl);
      for (let hop = 0; hop < 10; hop++) {
        if (url.href.startsWith(redirectUri)) return url;
        const res = await fetch(url, {
          redirect: 'manual',
          headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
        });
        for (const c of res.headers.getSetCookie()) {
          const [pair] = c.split(';');
          const at = pair!.indexOf('=');
          jar.set(pair!.slice(0, at), pair!.slice(at + 1));
        }
        const location = res.headers.get('location');
        if (!location) throw new Error(`provider answered ${res.status} without a redirect: ${await res.text()}`);
        url = new URL(location, url);
      }
      throw new Error('too many redirects at the provider');
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
