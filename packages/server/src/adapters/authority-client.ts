import {
  ReceivedAuditAnchorSchema,
  type ReceivedAuditAnchor,
  ReceiptKeySchema,
  ReceiptSchema,
  type Receipt,
  type ReceiptKey,
  type SubmissionEnvelope,
} from '@weerbaar/core/delivery';
import { z } from 'zod';
import { AuthorityPolicyError, authorityPolicyOf, type AuthorityPolicyConfig } from './authority-policy.ts';
import { guardedFetch } from './guarded-http.ts';

// The HTTP side of delivery: one POST per attempt, one GET for the authority's receipt keys. Both go
// through guardedFetch, so the authority address policy (authority-policy.ts) holds at connect time.

export const DELIVERY_TIMEOUT_MS = 15_000;

export type PostOutcome =
  | { type: 'receipt'; receipt: Receipt }
  /** The authority refused this submission for good; retrying the same content cannot help. */
  | { type: 'refused'; status: number; detail: string };

/** Statuses that say the submission itself is wrong; everything else may succeed later. */
const REFUSED_FOR_GOOD = new Set([400, 409, 413, 415, 422]);

function describeNetworkError(error: unknown): string {
  const { code, cause } = error as { code?: string; cause?: { code?: string; message?: string } };
  if ((error as Error).name === 'TimeoutError') return `no answer within ${DELIVERY_TIMEOUT_MS / 1000} s`;
  return code ?? cause?.code ?? cause?.message ?? (error as Error).message;
}

/** A refusal by the policy is an administrator's matter, not a network fault: say so plainly. */
function connectionError(error: unknown, what: string): Error {
  if (error instanceof AuthorityPolicyError)
    return new Error(`${what} refused by the address policy: ${error.message}`);
  return new Error(`${what} not reachable: ${describeNetworkError(error)}`);
}

async function problemDetail(res: Response): Promise<string> {
  const text = await res.text().catch(() => '');
  try {
    const problem = JSON.parse(text) as {
      detail?: string;
      invalidParams?: { name: string; reason: string; code?: string }[];
    };
    // The code in brackets (e.g. [wrong_recipient]) lets the entity's screen say it in its own language.
    const params = problem.invalidParams
      ?.map((p) => `${p.name}: ${p.reason}${p.code && p.code !== 'invalid' ? ` [${p.code}]` : ''}`)
      .join('; ');
    return params || problem.detail || text.slice(0, 300);
  } catch {
    return text.slice(0, 300);
  }
}

function apiUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

/** Throws (so the job is retried) for everything except a receipt or a refusal for good. */
export async function postSubmission(
  config: AuthorityPolicyConfig,
  authorityUrl: string,
  apiToken: string,
  envelope: SubmissionEnvelope,
): Promise<PostOutcome> {
  let res: Response;
  try {
    res = await guardedFetch(
      apiUrl(authorityUrl, '/api/v1/submissions'),
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, application/problem+json',
          authorization: `Bearer ${apiToken}`,
          'idempotency-key': envelope.id,
        },
        body: JSON.stringify(envelope),
        timeoutMs: DELIVERY_TIMEOUT_MS,
      },
      authorityPolicyOf(config),
    );
  } catch (error) {
    throw connectionError(error, 'authority');
  }
  if (res.status === 200 || res.status === 201) {
    const parsed = ReceiptSchema.safeParse(await res.json().catch(() => null));
    if (!parsed.success) throw new Error('the authority answered without a valid receipt');
    return { type: 'receipt', receipt: parsed.data };
  }
  const detail = await problemDetail(res);
  if (REFUSED_FOR_GOOD.has(res.status)) return { type: 'refused', status: res.status, detail };
  throw new Error(`authority answered HTTP ${res.status}${detail ? `: ${detail}` : ''}`);
}

export async function fetchReceiptKeys(config: AuthorityPolicyConfig, authorityUrl: string): Promise<ReceiptKey[]> {
  let res: Response;
  try {
    res = await guardedFetch(
      apiUrl(authorityUrl, '/api/v1/receipt-keys'),
      { timeoutMs: DELIVERY_TIMEOUT_MS },
      authorityPolicyOf(config),
    );
  } catch (error) {
    throw connectionError(error, "authority's receipt keys");
  }
  const parsed = z
    .object({ items: z.array(ReceiptKeySchema) })
    .safeParse(res.ok ? await res.json().catch(() => null) : null);
  if (!parsed.success) throw new Error(`the authority's receipt keys could not be read (HTTP ${res.status})`);
  return parsed.data.items;
}

/** The signed audit heads the authority keeps of this sender (the token's); throws when it cannot say. */
export async function fetchAuditAnchors(
  config: AuthorityPolicyConfig,
  authorityUrl: string,
  apiToken: string,
): Promise<ReceivedAuditAnchor[]> {
  let res: Response;
  try {
    res = await guardedFetch(
      apiUrl(authorityUrl, '/api/v1/submissions/audit-anchors'),
      {
        headers: { accept: 'application/json, application/problem+json', authorization: `Bearer ${apiToken}` },
        timeoutMs: DELIVERY_TIMEOUT_MS,
      },
      authorityPolicyOf(config),
    );
  } catch (error) {
    throw connectionError(error, "authority's audit anchors");
  }
  if (!res.ok)
    throw new Error(
      `the authority's audit anchors could not be read (HTTP ${res.status}): ${await problemDetail(res)}`,
    );
  const parsed = z.object({ items: z.array(ReceivedAuditAnchorSchema) }).safeParse(await res.json().catch(() => null));
  if (!parsed.success) throw new Error("the authority's audit anchors are not in the expected form");
  return parsed.data.items;
}
