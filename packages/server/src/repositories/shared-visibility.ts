// The one SQL filter of shared information, built from the one rule in core (TLP_AUDIENCE and mayRead in
// core/src/sharing/visibility.ts): lists, exports, the public page and TAXII pages filter in the database,
// never in memory. test/medium/sharing-tlp-matrix.test.ts holds this filter equal to mayRead for every label
// × viewer. Three kinds of shared rows use it: STIX objects (STIX_OBJECTS), knowledge articles
// (KNOWLEDGE_ARTICLES) and CSAF advisories (ADVISORIES, also for the alerts derived from them and the public
// CSAF feed).
import { TLP_AUDIENCE, TLP_LABELS, type TlpAudience, type TlpLabel } from '@weerbaar/core/sharing';
import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * The viewer as the database knows it: memberships are looked up in SQL, not passed in. orgId may be a
 * column reference (e.g. sql.ref('o.id')) to ask "which organisations may read this row".
 */
export interface SqlViewer {
  orgId: string | null | RawBuilder<string>;
  userId: string | null;
}

/** Where a kind of shared row keeps its holder and its named recipients. */
export interface SharedRows {
  /** The column of the organisation that shared it (it always reads its own). */
  owner: string;
  /** The recipients table (columns org_id, user_id, passed_on_by) and how its rows join the shared row. */
  recipients: string;
  joinRecipient: (t: RawBuilder<unknown>) => RawBuilder<unknown>;
  /** A boolean column: false → not shared, only the holder reads it. Absent: every row is shared. */
  shared?: string;
}

export const STIX_OBJECTS: SharedRows = {
  owner: 'owner_org_id',
  recipients: 'stix_object_recipients',
  joinRecipient: (t) => sql`r.community_id = ${t}.community_id AND r.object_id = ${t}.id`,
};

export const KNOWLEDGE_ARTICLES: SharedRows = {
  owner: 'owner_org_id',
  recipients: 'knowledge_article_recipients',
  joinRecipient: (t) => sql`r.community_id = ${t}.community_id AND r.object_id = ${t}.id`,
};

export const ADVISORIES: SharedRows = {
  owner: 'org_id',
  recipients: 'advisory_recipients',
  joinRecipient: (t) => sql`r.advisory_org_id = ${t}.org_id AND r.advisory_id = ${t}.id`,
  shared: 'shared',
};

function labelsOf(audience: TlpAudience): TlpLabel[] {
  return TLP_LABELS.filter((label) => TLP_AUDIENCE[label] === audience);
}

const inList = (labels: TlpLabel[]) => sql.join(labels.map((l) => sql.lit(l)));

/**
 * True when the organisation reads the row as one of its recipient organisations (named, or a member of its
 * community when none are named) — not as a client it was passed on to: who may pass AMBER on (core
 * mayPassOnToClients, isClientOf). The same expression the rule below uses for AMBER and AMBER+STRICT.
 */
export function readsAsRecipientOrganisation(orgId: string, alias: string, rows: SharedRows): RawBuilder<SqlBool> {
  const t = sql.table(alias);
  const recipient = (condition: RawBuilder<unknown>) =>
    sql`EXISTS (SELECT 1 FROM ${sql.table(rows.recipients)} r WHERE ${rows.joinRecipient(t)} AND ${condition})`;
  const inCommunity = sql`${t}.community_id IN (SELECT m.community_id FROM community_members m WHERE m.org_id = ${orgId})`;
  const shared = rows.shared ? sql`${t}.${sql.ref(rows.shared)}` : sql`true`;
  return sql<SqlBool>`(${shared} AND (${recipient(sql`r.org_id = ${orgId} AND r.passed_on_by IS NULL`)}
    OR (NOT ${recipient(sql`r.org_id IS NOT NULL AND r.passed_on_by IS NULL`)} AND ${inCommunity})))`;
}

/**
 * True for the rows of `alias` this viewer may read. The shared table has community_id, tlp, its holder
 * column and its recipients table (`rows`: STIX_OBJECTS by default, KNOWLEDGE_ARTICLES or ADVISORIES).
 */
export function visibleTo(viewer: SqlViewer, alias = 'o', rows: SharedRows = STIX_OBJECTS): RawBuilder<SqlBool> {
  const t = sql.table(alias);
  const { orgId, userId } = viewer;
  const recipient = (condition: RawBuilder<unknown>) =>
    sql`EXISTS (SELECT 1 FROM ${sql.table(rows.recipients)} r WHERE ${rows.joinRecipient(t)} AND ${condition})`;
  const inCommunity = sql`${t}.community_id IN (SELECT m.community_id FROM community_members m WHERE m.org_id = ${orgId})`;
  // Named recipient organisations; none named → the community's members (visibility.ts).
  const recipientOrganisation = sql`(${recipient(sql`r.org_id = ${orgId} AND r.passed_on_by IS NULL`)}
    OR (NOT ${recipient(sql`r.org_id IS NOT NULL AND r.passed_on_by IS NULL`)} AND ${inCommunity}))`;

  const tlpParts: RawBuilder<unknown>[] = [];
  const add = (audience: TlpAudience, condition: RawBuilder<unknown> | null) => {
    const labels = labelsOf(audience);
    if (labels.length === 0) return;
    tlpParts.push(
      condition === null
        ? sql`${t}.tlp IN (${inList(labels)})`
        : sql`(${t}.tlp IN (${inList(labels)}) AND ${condition})`,
    );
  };
  add('everyone', null);
  if (orgId !== null) {
    add('community', inCommunity);
    add(
      'recipient-organisations-and-clients',
      sql`(${recipientOrganisation} OR ${recipient(sql`r.org_id = ${orgId} AND r.passed_on_by IS NOT NULL`)})`,
    );
    add('recipient-organisations', recipientOrganisation);
  }
  if (userId !== null) add('named-people', recipient(sql`r.user_id = ${userId}`));
  const byLabel = sql`(${sql.join(tlpParts, sql` OR `)})`;
  const shared = rows.shared ? sql`(${t}.${sql.ref(rows.shared)} AND ${byLabel})` : byLabel;
  if (orgId === null) return sql<SqlBool>`${shared}`;
  return sql<SqlBool>`(${t}.${sql.ref(rows.owner)} = ${orgId} OR ${shared})`;
}
