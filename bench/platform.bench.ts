import Fastify from 'fastify';
import { createApiToken } from '../packages/server/src/services/accounts/create-api-token.ts';
import { createOrganisationWithOwner } from '../packages/server/src/services/accounts/create-organisation.ts';
import { SYSTEM_ACTOR } from '../packages/server/src/kernel/actor.ts';
import { formatLoad, runLoad } from './lib/http-load.ts';
import type { BenchPlatform } from './lib/bench-platform.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;

/**
 * Framework overhead: an authenticated, audited-stack GET next to a bare Fastify route, same process.
 * The raw INSERT baseline is measured once, by the intake bench.
 */
export async function benchPlatform(p: BenchPlatform): Promise<void> {
  const { org, ownerId } = await createOrganisationWithOwner(p.app.deps, SYSTEM_ACTOR, {
    kind: 'entity',
    name: 'Bench BV',
    owner: { email: 'owner@bench.example', name: 'Bench', password: 'bench password 123' },
  });
  // Minting an API token is for people only (api-tokens:manage): the owner, as if signed in.
  const [role, orgKind] = ['owner', 'entity'] as const;
  const actor = { type: 'user', userId: ownerId, label: 'owner', sessionId: '', orgId: org.id, role, orgKind } as const;
  const ctx = { actor, orgId: org.id, role, orgKind };
  const { token } = await createApiToken(p.app.deps, ctx, { name: 'bench', role: 'auditor' });

  const bare = Fastify({ logger: false });
  bare.get('/bare', async () => ({ id: org.id, name: 'Bench BV', kind: 'entity' }));
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const bareAddress = bare.server.address();
  const bareUrl = `http://127.0.0.1:${typeof bareAddress === 'object' && bareAddress ? bareAddress.port : 0}/bare`;

  console.log(`\n## Framework overhead (${CONNECTIONS} connections, ${SECONDS} s each, loopback)`);
  const bareResult = await runLoad({ url: bareUrl, connections: CONNECTIONS, seconds: SECONDS });
  console.log(formatLoad('bare Fastify route', bareResult));
  const authResult = await runLoad({
    url: `${p.url}/api/v1/organisations/current`,
    headers: { authorization: `Bearer ${token}` },
    connections: CONNECTIONS,
    seconds: SECONDS,
  });
  console.log(formatLoad('GET /organisations/current (API token)', authResult));
  console.log(`ratio authenticated / bare: ${(authResult.perSecond / bareResult.perSecond).toFixed(3)}`);
  await bare.close();
}
