// Contracts of the knowledge base (issue 14 item 6): the authority writes news, guidance, threat and trend
// articles and shares them with a community under a TLP 2.0 label, exactly like a STIX object (the one
// visibility rule, sharing/visibility.ts). TLP:CLEAR articles are public: every organisation in the
// Netherlands reads them without signing in, not only those under the Cbw.
import { z } from 'zod';
import { TextSchema } from '../platform/input.contracts.ts';
import { rule } from '../platform/validation-codes.ts';
import { TlpLabelSchema } from '../sharing/tlp.ts';

/** news: what happened; guidance: what to do; threat: a current threat; trend: a development over time. */
export const KNOWLEDGE_KINDS = ['news', 'guidance', 'threat', 'trend'] as const;
export const KnowledgeKindSchema = z.enum(KNOWLEDGE_KINDS);
export type KnowledgeKind = z.infer<typeof KnowledgeKindSchema>;

export const KNOWLEDGE_STATUSES = ['draft', 'published'] as const;
export const KnowledgeStatusSchema = z.enum(KNOWLEDGE_STATUSES);
export type KnowledgeStatus = z.infer<typeof KnowledgeStatusSchema>;

/** The longest body: a long guidance text, not a book. */
export const KNOWLEDGE_BODY_MAX = 50_000;

/**
 * What the author writes. The body is plain text with Markdown; it is shown as text, never as HTML.
 * Recipients as for STIX objects: named people for RED (required), named organisations for AMBER and
 * AMBER+STRICT (none named: the community's members); other labels name nobody.
 */
export const KnowledgeArticleInputSchema = z
  .strictObject({
    kind: KnowledgeKindSchema,
    title: TextSchema.trim().min(1).max(200),
    summary: TextSchema.trim().min(1).max(1000),
    body: TextSchema.max(KNOWLEDGE_BODY_MAX),
    tlp: TlpLabelSchema,
    communityId: z.uuid(),
    recipientOrgIds: z.array(z.uuid()).max(100).optional(),
    recipientUserIds: z.array(z.uuid()).max(100).optional(),
  })
  .superRefine((input, ctx) => {
    const issues = recipientIssues(input);
    for (const issue of issues) ctx.addIssue({ code: 'custom', path: [issue.field], ...issue.rule });
  });
export type KnowledgeArticleInput = z.infer<typeof KnowledgeArticleInputSchema>;

interface RecipientInput {
  tlp: z.infer<typeof TlpLabelSchema>;
  recipientOrgIds?: readonly string[] | undefined;
  recipientUserIds?: readonly string[] | undefined;
}

/** Which recipients this label needs or refuses (pure; the schema and its tests use it). */
export function recipientIssues(input: RecipientInput) {
  const issues: { field: 'recipientOrgIds' | 'recipientUserIds'; rule: ReturnType<typeof rule> }[] = [];
  const orgs = input.recipientOrgIds?.length ?? 0;
  const people = input.recipientUserIds?.length ?? 0;
  if (input.tlp === 'RED' && people === 0)
    issues.push({ field: 'recipientUserIds', rule: rule('required', 'TLP:RED needs named people') });
  if (input.tlp !== 'RED' && people > 0)
    issues.push({ field: 'recipientUserIds', rule: rule('invalid', 'only TLP:RED names people') });
  if (input.tlp !== 'AMBER' && input.tlp !== 'AMBER+STRICT' && orgs > 0)
    issues.push({
      field: 'recipientOrgIds',
      rule: rule('invalid', 'only TLP:AMBER and AMBER+STRICT name organisations'),
    });
  return issues;
}

/** An article as a list shows it (no body). */
export const KnowledgeArticleSummarySchema = z.object({
  id: z.uuid(),
  kind: KnowledgeKindSchema,
  title: z.string(),
  summary: z.string(),
  tlp: TlpLabelSchema,
  status: KnowledgeStatusSchema,
  communityId: z.uuid(),
  communityName: z.string(),
  ownerOrgName: z.string(),
  /** Written by the acting organisation. */
  own: z.boolean(),
  /** 1 when created; every change adds one. */
  version: z.number().int(),
  publishedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  /** A quarterly trend report: its PDF is at `/knowledge-articles/{id}/report` (frozen figures). */
  hasReport: z.boolean(),
});
export type KnowledgeArticleSummary = z.infer<typeof KnowledgeArticleSummarySchema>;

/** One article; the recipients only for the organisation that wrote it. */
export const KnowledgeArticleSchema = KnowledgeArticleSummarySchema.extend({
  body: z.string(),
  recipientOrgIds: z.array(z.uuid()),
  recipientUserIds: z.array(z.uuid()),
});
export type KnowledgeArticle = z.infer<typeof KnowledgeArticleSchema>;

/** A TLP:CLEAR article on the public page: nothing of communities or recipients. */
export const PublicKnowledgeArticleSchema = z.object({
  id: z.uuid(),
  kind: KnowledgeKindSchema,
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  tlp: z.literal('CLEAR'),
  ownerOrgName: z.string(),
  publishedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** A quarterly trend report: its PDF is at `/public/knowledge-articles/{id}/report`. */
  hasReport: z.boolean(),
});
export type PublicKnowledgeArticle = z.infer<typeof PublicKnowledgeArticleSchema>;

export const KnowledgeArticleQuerySchema = z.object({
  kind: KnowledgeKindSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type KnowledgeArticleQuery = z.infer<typeof KnowledgeArticleQuerySchema>;
