import type { RegistryEntity, RegistryEntityDetail, RegistryQuery } from '@weerbaar/core/registration';
import { DomainError } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import { listReceivedFromSender } from '../../repositories/received-submission.repository.ts';
import {
  findRegistryEntity,
  iterateRegistryEntities,
  listRegistryEntities,
  type RegistryFilter,
} from '../../repositories/registry.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { csvCell } from '../../adapters/csv.ts';
import { presentRegistryEntity, presentRegistryEntityDetail } from './registry.presenter.ts';

// No authorize here: core's policies have no subject for the authority's register yet (policies.ts is
// changed elsewhere), so the routes' `authority:read` access check is the guard, and every read is by orgId.

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
  return presentRegistryEntityDetail(row, received);
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
