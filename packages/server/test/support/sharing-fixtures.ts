import type { Role } from '@weerbaar/core/platform';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/db/database.ts';
import type { OrgActor } from '../../src/kernel/actor.ts';
import { createApiToken } from '../../src/services/accounts/create-api-token.ts';
import { insertCommunityMember } from '../../src/repositories/community.repository.ts';
import { createCommunity } from '../../src/services/sharing/create-community.ts';
import type { TestOrg } from './fixtures.ts';

/** The acting context of an organisation's person with this role. */
export function personOf(org: TestOrg, role: Role = 'owner'): OrgActor {
  const user = org.users[role]!;
  return {
    actor: { type: 'user', userId: user.id, label: user.email, sessionId: '', orgId: org.id, role, orgKind: org.kind },
    orgId: org.id,
    role,
    orgKind: org.kind,
  };
}

/** An API token of the organisation with this role (made by its owner). */
export async function tokenOf(app: FastifyInstance, org: TestOrg, role: Role): Promise<string> {
  const { token } = await createApiToken(app.deps, personOf(org), { name: `taxii-${role}`, role });
  return token;
}

/** A community owned by `owner` with these members (put in directly: whom an owner may add is tested apart). */
export async function communityWith(app: FastifyInstance, owner: TestOrg, name: string, members: TestOrg[]) {
  const community = await createCommunity(app.deps, personOf(owner), { name, kind: 'ad-hoc' });
  for (const m of members) await insertCommunityMember(app.deps.db, community.id, m.id, new Date());
  return community;
}

export const TAXII = 'application/taxii+json;version=2.1';

/** A TAXII request with HTTP Basic (the token as password) or Bearer. */
export function taxii(
  app: FastifyInstance,
  token: string | undefined,
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  options: { body?: unknown; headers?: Record<string, string>; basic?: boolean } = {},
) {
  const headers: Record<string, string> = { accept: TAXII, ...options.headers };
  if (token && options.basic) headers.authorization = `Basic ${Buffer.from(`client:${token}`).toString('base64')}`;
  else if (token) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined && !headers['content-type']) headers['content-type'] = TAXII;
  return app.inject({
    method,
    url,
    headers,
    ...(options.body !== undefined
      ? { payload: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }
      : {}),
  });
}

export type { Db };

/** The viewer's memberships as mayRead takes them (the SQL filter looks them up itself). */
export async function memberCommunityIds(db: Db, orgId: string): Promise<string[]> {
  const rows = await db.selectFrom('community_members').select('community_id').where('org_id', '=', orgId).execute();
  return rows.map((r) => r.community_id);
}
