// Demo data only: the demo authority's quarterly trend report of the last whole quarter (issue 15 item 1),
// published as a TLP:GREEN trend article for every entity, so the knowledge base shows one with its PDF.
// Through the use case (audited, figures frozen). Idempotent: an authority with a published report is left
// as it is. Runs after the demo's trends and communities.
import type { OrgActor } from '../../kernel/actor.ts';
import type { Deps } from '../../kernel/deps.ts';
import { listCommunitiesOf } from '../../repositories/community.repository.ts';
import { listVisibleKnowledgeArticles } from '../../repositories/knowledge-article.repository.ts';
import { publishQuarterlyReport } from '../trends/publish-quarterly-report.ts';

/** The last whole calendar quarter before `now` (UTC months; the demo does not need the Amsterdam edge). */
export function lastWholeQuarter(now: Date): { year: number; quarter: number } {
  const current = Math.floor(now.getUTCMonth() / 3) + 1;
  return current === 1
    ? { year: now.getUTCFullYear() - 1, quarter: 4 }
    : { year: now.getUTCFullYear(), quarter: current - 1 };
}

export async function seedDemoQuarterlyReport(deps: Deps, ctx: OrgActor): Promise<void> {
  const trends = await listVisibleKnowledgeArticles(
    deps.db,
    { orgId: ctx.orgId, userId: null },
    { kind: 'trend', limit: 100 },
  );
  if (trends.some((a) => a.trend_report !== null && a.owner_org_id === ctx.orgId)) return;
  const all = (await listCommunitiesOf(deps.db, ctx.orgId)).find((c) => c.name === 'Alle entiteiten');
  if (!all) return;
  await publishQuarterlyReport(deps, ctx, { ...lastWholeQuarter(deps.clock.now()), tlp: 'GREEN', communityId: all.id });
}
