// A new sitrep to the crisis's members on another installation: one crisis message (the crisis_requests row
// and one recipient row per remote member) that the pull channel carries and the entity stores once by its
// message id (docs/DELIVERY.md, "Authority → entity"). No second transport: what the entity installation
// already does for a crisis message — store once, notify, show it under "Uitvragen", mark read — it does here.
import { randomUUID } from 'node:crypto';
import type { CrisisRow, CrisisSitrepRow } from '../../db/schema-crisis.ts';
import type { Trx } from '../../db/database.ts';
import { canonicalJson, sha256Hex } from '../../kernel/audit-chain.ts';
import { insertCrisisRequest, insertRecipients } from '../../repositories/crisis-request.repository.ts';
import type { CrisisRemoteMemberRow } from '../../db/schema-crisis.ts';

/**
 * TLP 2.0 (../shared/standards/tlp-2.0.md): "TLP:AMBER — the recipient's organisation and its clients, on a
 * need-to-know basis". A sitrep tells one member organisation how the crisis stands, which it may need to pass
 * to those it serves (its clients) to act; the public (CLEAR) or the whole community (GREEN) it is not for.
 * AMBER+STRICT would forbid even that; RED cannot travel (core CrisisMessageTlpSchema).
 */
export const SITREP_MESSAGE_TLP = 'AMBER';

const SUBJECT_MAX = 200;

/** "SITREP 3 — CR-2026-000001 Stroomuitval" ("OEFENING — " in front for an exercise), at most 200 characters. */
export function sitrepMessageSubject(
  crisis: Pick<CrisisRow, 'reference' | 'title' | 'is_exercise'>,
  number: number,
): string {
  const subject = `${crisis.is_exercise ? 'OEFENING — ' : ''}SITREP ${number} — ${crisis.reference} ${crisis.title}`;
  return subject.length <= SUBJECT_MAX ? subject : `${subject.slice(0, SUBJECT_MAX - 1)}…`;
}

/** Returns the message's id, or null when the crisis has no remote members. */
export async function sendSitrepToRemoteMembers(
  trx: Trx,
  crisis: CrisisRow,
  sitrep: CrisisSitrepRow,
  members: readonly CrisisRemoteMemberRow[],
): Promise<string | null> {
  if (members.length === 0) return null;
  const id = randomUUID();
  const subject = sitrepMessageSubject(crisis, sitrep.number);
  await insertCrisisRequest(trx, {
    org_id: crisis.org_id,
    id,
    kind: 'crisis-message',
    crisis_id: crisis.id,
    subject,
    // The summary is the sitrep's own text (at most 10,000 characters, as a message body); the frozen picture
    // stays in the room.
    body: sitrep.summary,
    tlp: SITREP_MESSAGE_TLP,
    due_at: null,
    exercise: crisis.is_exercise,
    content_digest: sha256Hex(canonicalJson({ sitrepId: sitrep.id, subject, body: sitrep.summary })),
    sent_by: sitrep.issued_by,
    sent_at: sitrep.issued_at,
  });
  await insertRecipients(
    trx,
    members.map((m) => ({
      org_id: crisis.org_id,
      request_id: id,
      entity_id: m.entity_id,
      entity_name: m.name,
      message_id: randomUUID(),
    })),
  );
  return id;
}
