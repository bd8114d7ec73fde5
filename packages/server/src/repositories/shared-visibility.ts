// The one SQL filter of shared information, built from the one rule in core (TLP_AUDIENCE and mayRead in
// core/src/sharing/visibility.ts): lists, exports, the public page and TAXII pages filter in the database,
// never in memory. test/medium/sharing-tlp-matrix.test.ts holds this filter equal to mayRead for every label
// × viewer. Part B (CSAF advisories) may use it for any table with the same columns.
import { TLP_AUDIENCE, TLP_LABELS, type TlpAudience, type TlpLabel } from '@weerbaar/core/sharing';
import { sql, type RawBuilder, type SqlBool } from 'kysely';

/** The viewer as the database knows it: memberships are looked up in SQL, not passed in. */
export interface SqlViewer {
  orgId: string | null;
  userId: string | null;
}

function labelsOf(audience: TlpAudience): TlpLabel[] {
  return TLP_LABELS.filter((label) => TLP_AUDIENCE[label] === audience);
}

const inList = (labels: TlpLabel[]) => sql.join(labels.map((l) => sql.lit(l)));

/** Tables of named recipients, one per kind of shared thing, all of the same shape. */
export type RecipientsTable = 'stix_object_recipients' | 'knowledge_article_recipients';

/**
 * True for the rows of `alias` this viewer may read. The shared table has community_id, id, owner_org_id
 * and tlp; recipients are in `recipients` (community_id, object_id, org_id, user_id, passed_on_by):
 * stix_object_recipients for STIX objects, knowledge_article_recipients for knowledge articles.
 */
export function visibleTo(
  viewer: SqlViewer,
  alias = 'o',
  recipients: RecipientsTable = 'stix_object_recipients',
): RawBuilder<SqlBool> {
  const t = sql.table(alias);
  const { orgId, userId } = viewer;
  const recipient = (condition: RawBuilder<unknown>) =>
    sql`EXISTS (SELECT 1 FROM ${sql.table(recipients)} r
                WHERE r.community_id = ${t}.community_id AND r.object_id = ${t}.id AND ${condition})`;
  const inCommunity = sql`${t}.community_id IN (SELECT m.community_id FROM community_members m WHERE m.org_id = ${orgId})`;
  // Named recipient organisations; none named → the community's members (visibility.ts).
  const recipientOrganisation = sql`(${recipient(sql`r.org_id = ${orgId} AND r.passed_on_by IS NULL`)}
    OR (NOT ${recipient(sql`r.org_id IS NOT NULL AND r.passed_on_by IS NULL`)} AND ${inCommunity}))`;

  const parts: RawBuilder<unknown>[] = [];
  const add = (audience: TlpAudience, condition: RawBuilder<unknown> | null) => {
    const labels = labelsOf(audience);
    if (labels.length === 0) return;
    parts.push(
      condition === null
        ? sql`${t}.tlp IN (${inList(labels)})`
        : sql`(${t}.tlp IN (${inList(labels)}) AND ${condition})`,
    );
  };
  add('everyone', null);
  if (orgId !== null) {
    parts.push(sql`${t}.owner_org_id = ${orgId}`);
    add('community', inCommunity);
    add(
      'recipient-organisations-and-clients',
      sql`(${recipientOrganisation} OR ${recipient(sql`r.org_id = ${orgId} AND r.passed_on_by IS NOT NULL`)})`,
    );
    add('recipient-organisations', recipientOrganisation);
  }
  if (userId !== null) add('named-people', recipient(sql`r.user_id = ${userId}`));
  return sql<SqlBool>`(${sql.join(parts, sql` OR `)})`;
}
