// Demo data only (issue 16 items 3 and 7): in the demo exercise crisis, an open uitvraag of the demo authority to
// the demo water company, sent by the crisis coordinator through the use case (so on the audit trail, marked as
// an exercise). The water company receives it by its own pull, over HTTP, like every entity installation.
// The water company must be in the authority's register, and its registration is delivered over HTTP only once
// the server runs: `start --demo` therefore waits for it (sendDemoUitvraagOnceRegistered) before it prints where
// the platform runs, so the first start shows the uitvraag; `seed --demo` (no server) sends it when the
// registration is already there. Idempotent: a crisis that already has a request is left alone.
import type { Deps } from '../../kernel/deps.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { listCrisisRequestRows, listRegistryCandidates } from '../../repositories/crisis-request.repository.ts';
import { listReadableCrises, listTeam } from '../../repositories/crisis.repository.ts';
import { findOrganisationByName } from '../../repositories/organisation.repository.ts';
import { findUser } from '../../repositories/user.repository.ts';
import { pullNow } from '../crisis-requests/pull-messages.job.ts';
import { sendCrisisRequest } from '../crisis-requests/send-crisis-request.ts';
import { SendCrisisRequestSchema } from '@weerbaar/core/crisis';

const AUTHORITY = 'Demo-autoriteit Cyberbeveiliging';
const WATER = 'Waterbedrijf Lage Landen';

/** What the seed found: 'waiting' while the water company's registration has not reached the register. */
export type DemoUitvraagOutcome = 'sent' | 'already-there' | 'waiting' | 'no-demo';

export async function seedDemoCrisisRequests(deps: Deps): Promise<DemoUitvraagOutcome> {
  const [authority, water] = await Promise.all([
    findOrganisationByName(deps.db, AUTHORITY),
    findOrganisationByName(deps.db, WATER),
  ]);
  if (!authority || !water) return 'no-demo';
  const crisis = (await listReadableCrises(deps.db, authority.id, true)).find(
    (c) => c.org_id === authority.id && c.is_exercise && c.status !== 'closed',
  );
  if (!crisis) return 'no-demo';
  if ((await listCrisisRequestRows(deps.db, authority.id, crisis.id)).length > 0) return 'already-there';
  if ((await listRegistryCandidates(deps.db, authority.id, [water.id])).length === 0) return 'waiting';
  const coordinator = (await listTeam(deps.db, authority.id, crisis.id)).find((t) => t.role === 'coordinator');
  const user = coordinator && (await findUser(deps.db, coordinator.user_id));
  if (!user) return 'no-demo';
  const ctx: OrgActor = {
    orgId: authority.id,
    role: 'analyst',
    orgKind: 'authority',
    actor: {
      type: 'user',
      userId: user.id,
      label: user.email,
      sessionId: 'demo-seed',
      orgId: authority.id,
      role: 'analyst',
      orgKind: 'authority',
    },
  };
  await sendCrisisRequest(
    deps,
    ctx,
    SendCrisisRequestSchema.parse({
      kind: 'information-request',
      crisisId: crisis.id,
      subject: 'Bent u geraakt door de ransomware?',
      body: 'OEFENING. Wij willen weten of uw procesautomatisering geraakt is. Vertel ons sinds wanneer, en wat het betekent voor de levering van drinkwater.',
      tlp: 'AMBER',
      dueAt: new Date(deps.clock.now().getTime() + 24 * 3_600_000).toISOString(),
      entityIds: [water.id],
    }),
  );
  return 'sent';
}

/**
 * `start --demo` on a fresh data dir: the server's outbox delivers the water company's registration to the demo
 * authority within seconds; then the uitvraag is sent. Bounded: if the registration does not arrive (a wrong
 * PUBLIC_URL, say), the start goes on and the next start sends it.
 */
export async function sendDemoUitvraagOnceRegistered(deps: Deps, timeoutMs = 60_000): Promise<DemoUitvraagOutcome> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const outcome = await seedDemoCrisisRequests(deps);
    if (outcome === 'sent') {
      // The water company pulls at once (what "Nu ophalen" does), so it has the uitvraag too, not 30 s later.
      const water = await findOrganisationByName(deps.db, WATER);
      if (water) await pullNow(deps, water.id);
    }
    if (outcome !== 'waiting' || Date.now() >= until) return outcome;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
