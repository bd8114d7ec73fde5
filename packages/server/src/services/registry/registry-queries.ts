import type { RegistryEntity, RegistryEntityDetail, RegistryQuery } from '@weerbaar/core/registration';
import { DomainError } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import { listReceivedFromSender } from '../../repositories/received-submission.repository.ts';
import {
  findRegistryEntity,
  iterateRegistryEntities,
  listNewRegistryEntities,
  listRegistryEntities,
  type RegistryFilter,
} from '../../repositories/registry.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { csvCell } from '../../adapters/csv.ts';
import { presentRegistryEntity, presentRegistryEntityDetail } from './registry.presenter.ts';

const authorizeRead = (ctx: OrgActor) => authorize(ctx, 'read', { type: 'registry', orgId: ctx.orgId }, 'Register');

export async function listRegistry(db: Db, ctx: OrgActor, query: RegistryQuery) {
  authorizeRead(ctx);
  const { orgId } = ctx;
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await listRegistryEntities(db, orgId, filter, {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return { items: rows.map(presentRegistryEntity), page, pageSize, total };
}

/** One registered entity with every registration it sent, each with what it changed. */
export async function getRegistryEntity(db: Db, ctx: OrgActor, entityId: string): Promise<RegistryEntityDetail> {
  authorizeRead(ctx);
  const { orgId } = ctx;
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

/** Checks access before the download starts, so a refusal is an ordinary error answer, not a cut stream. */
export function exportRegistryCsv(db: Db, ctx: OrgActor, filter: RegistryFilter): AsyncGenerator<string> {
  authorizeRead(ctx);
  return registryCsvRows(db, ctx.orgId, filter);
}

async function* registryCsvRows(db: Db, orgId: string, filter: RegistryFilter): AsyncGenerator<string> {
  yield `${CSV_COLUMNS.map(([name]) => name).join(',')}\r\n`;
  for await (const row of iterateRegistryEntities(db, orgId, filter)) {
    const e = presentRegistryEntity(row);
    yield `${CSV_COLUMNS.map(([, get]) => csvCell(get(e))).join(',')}\r\n`;
  }
}

/** Entities first registered since `since`, newest first. */
export async function listNewRegistrations(db: Db, ctx: OrgActor, since: Date, limit: number) {
  authorizeRead(ctx);
  const { rows, total } = await listNewRegistryEntities(db, ctx.orgId, since, limit);
  return { items: rows.map(presentRegistryEntity), total };
}
