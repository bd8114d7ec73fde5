// May this organisation read this advisory? The ONE place that answers it, for every read path of the
// advisories module (lists, details, matching, alerts, notifications). Queries join `csaf_advisories as a`
// with its holder `organisations as o` and add this filter. Lives beside the queries (the only place with SQL).
//
// TEMPORARY RULE (until the communities and TLP rule of issue 14 part A are merged; then this function
// calls that rule): an advisory the authority published with TLP:CLEAR or TLP:GREEN is visible to every
// organisation on the platform (GREEN: the community, which for now is everyone on the platform); an
// advisory an organisation imported itself is visible to that organisation only; AMBER, AMBER+STRICT
// and RED are visible to the holding organisation only — never wider than TLP 2.0 allows.
import type { TlpLabel } from '@weerbaar/core/sharing';
import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../db/schema.ts';

type Eb = ExpressionBuilder<Database & { a: Database['csaf_advisories']; o: Database['organisations'] }, 'a' | 'o'>;

export const WIDELY_SHARED: readonly TlpLabel[] = ['CLEAR', 'GREEN'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- used inside queries with different joins
export function advisoryVisibleTo(eb: any, viewerOrgId: string) {
  const e = eb as Eb;
  return e.or([
    e('a.org_id', '=', viewerOrgId),
    e.and([e('o.kind', '=', 'authority'), e('a.tlp', 'in', [...WIDELY_SHARED])]),
  ]);
}

/** The same rule for one advisory in memory (jobs deciding whom to match an advisory for). */
export function mayReadAdvisory(
  viewerOrgId: string,
  advisory: { orgId: string; holderKind: 'entity' | 'authority'; tlp: TlpLabel },
): boolean {
  return (
    advisory.orgId === viewerOrgId || (advisory.holderKind === 'authority' && WIDELY_SHARED.includes(advisory.tlp))
  );
}
