import type { Supplier, SupplierDependency, SupplierDependencyQuery, SupplierQuery } from '@weerbaar/core/suppliers';
import { notFound } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import {
  countAlternativesBySupplier,
  findSupplier,
  listSuppliedServices,
  listSupplierDependencies,
  listSuppliers,
  type SuppliedServiceWithAsset,
} from '../../repositories/supplier.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { presentSupplier, presentSupplierDependency } from './supplier.presenter.ts';

export async function listOrgSuppliers(db: Db, ctx: OrgActor, query: SupplierQuery): Promise<Supplier[]> {
  authorize(ctx, 'read', { type: 'supplier', orgId: ctx.orgId }, 'Supplier');
  const rows = await listSuppliers(db, ctx.orgId, query);
  const [services, alternatives] = await Promise.all([
    listSuppliedServices(
      db,
      ctx.orgId,
      rows.map((r) => r.id),
    ),
    countAlternativesBySupplier(db, ctx.orgId),
  ]);
  const bySupplier = new Map<string, SuppliedServiceWithAsset[]>();
  for (const s of services) bySupplier.set(s.supplier_id, [...(bySupplier.get(s.supplier_id) ?? []), s]);
  return rows.map((r) => presentSupplier(r, bySupplier.get(r.id) ?? [], alternatives.get(r.id) ?? 0));
}

export async function getSupplier(db: Db, ctx: OrgActor, id: string): Promise<Supplier> {
  const row = await findSupplier(db, ctx.orgId, id);
  if (!row) throw notFound('Supplier');
  authorize(ctx, 'read', { type: 'supplier', orgId: row.org_id }, 'Supplier');
  const [services, alternatives] = await Promise.all([
    listSuppliedServices(db, ctx.orgId, [id]),
    countAlternativesBySupplier(db, ctx.orgId),
  ]);
  return presentSupplier(row, services, alternatives.get(id) ?? 0);
}

/** Every dependency on a supplier's service or utility: its supplier, and the alternative if one is identified. */
export async function listOrgSupplierDependencies(
  db: Db,
  ctx: OrgActor,
  query: SupplierDependencyQuery,
): Promise<SupplierDependency[]> {
  authorize(ctx, 'read', { type: 'supplier', orgId: ctx.orgId }, 'Supplier');
  return (await listSupplierDependencies(db, ctx.orgId, { hasAlternative: query.hasAlternative })).map(
    presentSupplierDependency,
  );
}
