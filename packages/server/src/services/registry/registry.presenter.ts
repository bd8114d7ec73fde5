import type { Classification } from '@weerbaar/core/scope';
import {
  diffJson,
  type Province,
  type Registration,
  type RegistryEntity,
  type RegistryEntityDetail,
} from '@weerbaar/core/registration';
import type { RegistryEntityRow } from '../../db/schema-delivery.ts';
import type { listReceivedFromSender } from '../../repositories/received-submission.repository.ts';

type ReceivedRegistration = Awaited<ReturnType<typeof listReceivedFromSender>>[number];

export function presentRegistryEntity(r: RegistryEntityRow): RegistryEntity {
  return {
    id: r.entity_id,
    name: r.name,
    kvkNumber: r.kvk_number,
    sectors: r.sectors,
    entityTypes: r.entity_types,
    classification: {
      eu: r.classification_eu as Classification | null,
      nl: r.classification_nl as Classification | null,
    },
    province: r.province as Province | null,
    latestReference: r.latest_reference,
    latestSubmittedAt: r.latest_submitted_at.toISOString(),
    latestReceivedAt: r.latest_received_at.toISOString(),
    firstReceivedAt: r.first_received_at.toISOString(),
  };
}

/** One registered entity with every registration it sent (oldest first, at least one), each with what it changed. */
export function presentRegistryEntityDetail(
  row: RegistryEntityRow,
  received: readonly ReceivedRegistration[],
): RegistryEntityDetail {
  const latest = received.find((s) => s.id === row.latest_submission_id) ?? received.at(-1)!;
  return {
    ...presentRegistryEntity(row),
    registration: latest.payload as unknown as Registration,
    history: received.map((s, i) => ({
      submissionId: s.id,
      authorityReference: s.authority_reference,
      submittedAt: s.submitted_at.toISOString(),
      receivedAt: s.received_at.toISOString(),
      payloadDigest: s.payload_digest,
      changes: i > 0 ? diffJson(received[i - 1]!.payload, s.payload) : [],
    })),
  };
}
