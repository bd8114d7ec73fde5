import { createHash } from 'node:crypto';

// The hash chain: hash = sha256(prev_hash ‖ canonical(event)). Canonical JSON sorts object keys,
// so a row re-read from jsonb (which reorders keys) hashes the same as when it was written.

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A digest of a record's state before/after a mutation, so the trail proves what changed without copying it. */
export function digestOf(state: unknown): string | null {
  return state === undefined || state === null ? null : sha256Hex(canonicalJson(state));
}

export interface HashedFields {
  org_id: string;
  seq: number | string;
  occurred_at: Date;
  actor_type: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  subject_type: string;
  subject_id: string | null;
  before_digest: string | null;
  after_digest: string | null;
  details: Record<string, unknown>;
}

export function hashEvent(prevHash: string, e: HashedFields): string {
  const canonical = canonicalJson([
    e.org_id,
    Number(e.seq),
    e.occurred_at.toISOString(),
    e.actor_type,
    e.actor_id,
    e.actor_label,
    e.action,
    e.subject_type,
    e.subject_id,
    e.before_digest,
    e.after_digest,
    e.details,
  ]);
  return sha256Hex(prevHash + canonical);
}
