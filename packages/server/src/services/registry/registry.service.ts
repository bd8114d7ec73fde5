import type { Classification } from '@weerbaar/core/scope';
import {
  diffJson,
  type Province,
  type Registration,
  type RegistryEntity,
  type RegistryEntityDetail,
  type RegistryQuery,
} from '@weerbaar/core/registration';
import { DomainError } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import type { RegistryEntityRow } from '../../db/schema-delivery.ts';
import { listReceivedFromSender } from '../../repositories/received-submission.repository.ts';
import {
  findRegistryEntity,
  iterateRegistryEntities,
  listRegistryEntities,
  type RegistryFilter,
} from '../../repositories/registry.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { csvCell } from '../../adapters/csv.ts';

function presentRegistryEntity(r: RegistryEntityRow): RegistryEntity {
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

export async function listRegistry(db: Db, { orgId }: OrgActor, query: RegistryQuery) {
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await listRegistryEntities(db, orgId, filter, {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return { items: rows.map(presentRegistryEntity), page, pageSize, total };
}

/** One registered entity with every registration it sent, each with what it changed. */
export async function getRegistryEntity(db: Db, { orgId }: OrgActor, entityId: string): Promise<RegistryEntityDetail> {
  const row = await findRegistryEntity(db, orgId, entityId);
  if (!row) throw new DomainError('not_found', 'Entity not found in the register');
  const received = await listReceivedFromSender(db, orgId, entityId, 'registration');
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

const CSV_COLUMNS: [string, (e: RegistryEntity) => unknown][] = [
  ['name', (e) => e.name],
  ['kvkNumber', (e) => e.kvkNumber],
  ['sectors', (e) => e.sectors.join('; ')],
  ['entityTypes', (e) => e.entityTypes.join('; ')],
  ['classificationNl', (e) => e.classification.nl],
  ['classificationEu', (e) => e.classification.eu],
  ['province', (e) => e.province],
  ['latestReference', (e) => e.latestReference],
  ['latestReceivedAt', (e) => e.latestReceivedAt],
  ['entityId', (e) => e.id],
];

export async function* exportRegistryCsv(db: Db, { orgId }: OrgActor, filter: RegistryFilter): AsyncGenerator<string> {
  yield `${CSV_COLUMNS.map(([name]) => name).join(',')}\r\n`;
  for await (const row of iterateRegistryEntities(db, orgId, filter)) {
    const e = presentRegistryEntity(row);
    yield `${CSV_COLUMNS.map(([, get]) => csvCell(get(e))).join(',')}\r\n`;
  }
}
