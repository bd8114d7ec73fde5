import type { RegistryEntity, RegistryEntityDetail, RegistryQuery } from '@weerbaar/core/registration';
import { PROVINCES } from '@weerbaar/core/registration';
import { DomainError, type ExportFormat } from '@weerbaar/core/platform';
import { CLASSIFICATION_LABELS_NL, entityTypeLabel, SECTORS } from '@weerbaar/core/scope';
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
import { csvWriter, dutchCsvTime, type CsvColumn } from '../../adapters/csv.ts';
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

const sectorNl = (sector: string) => SECTORS.find((s) => s.sector === sector)?.sector_nl ?? sector;
const classificationNl = (c: RegistryEntity['classification']['nl']) => (c ? CLASSIFICATION_LABELS_NL[c] : '');

const CSV_COLUMNS: readonly CsvColumn<RegistryEntity>[] = [
  { machine: 'name', people: 'Naam', value: (e) => e.name },
  { machine: 'kvkNumber', people: 'KvK-nummer', value: (e) => e.kvkNumber },
  {
    machine: 'sectors',
    people: 'Sectoren',
    value: (e) => e.sectors.join('; '),
    peopleValue: (e) => e.sectors.map(sectorNl).join('; '),
  },
  {
    machine: 'entityTypes',
    people: 'Soorten entiteit',
    value: (e) => e.entityTypes.join('; '),
    peopleValue: (e) => e.entityTypes.map((id) => entityTypeLabel(id, 'nl')).join('; '),
  },
  {
    machine: 'classificationNl',
    people: 'Indeling volgens de Cbw',
    value: (e) => e.classification.nl,
    peopleValue: (e) => classificationNl(e.classification.nl),
  },
  {
    machine: 'classificationEu',
    people: 'Indeling volgens NIS2',
    value: (e) => e.classification.eu,
    peopleValue: (e) => classificationNl(e.classification.eu),
  },
  {
    machine: 'province',
    people: 'Provincie',
    value: (e) => e.province,
    peopleValue: (e) => PROVINCES.find((p) => p.id === e.province)?.nl ?? '',
  },
  { machine: 'latestReference', people: 'Laatste kenmerk', value: (e) => e.latestReference },
  {
    machine: 'latestReceivedAt',
    people: 'Laatst ontvangen (Nederlandse tijd)',
    value: (e) => e.latestReceivedAt,
    peopleValue: (e) => dutchCsvTime(e.latestReceivedAt),
  },
  { machine: 'entityId', people: 'Id van de entiteit', value: (e) => e.id },
];

/** Checks access before the download starts, so a refusal is an ordinary error answer, not a cut stream. */
export function exportRegistryCsv(
  db: Db,
  ctx: OrgActor,
  { format, ...filter }: RegistryFilter & { format: ExportFormat },
): AsyncGenerator<string> {
  authorizeRead(ctx);
  return registryCsvRows(db, ctx.orgId, filter, format);
}

async function* registryCsvRows(
  db: Db,
  orgId: string,
  filter: RegistryFilter,
  format: ExportFormat,
): AsyncGenerator<string> {
  const csv = csvWriter(format, CSV_COLUMNS);
  yield csv.header;
  for await (const row of iterateRegistryEntities(db, orgId, filter)) yield csv.row(presentRegistryEntity(row));
}

/** Entities first registered since `since`, newest first. */
export async function listNewRegistrations(db: Db, ctx: OrgActor, since: Date, limit: number) {
  authorizeRead(ctx);
  const { rows, total } = await listNewRegistryEntities(db, ctx.orgId, since, limit);
  return { items: rows.map(presentRegistryEntity), total };
}
