// Imports a product inventory from a CSV file (each line names its asset) or from an SBOM (CycloneDX or
// SPDX JSON) for one asset (issue 14 item 5). Partial success: every good line is imported, every bad line
// (unreadable, or naming no asset of the organisation) is reported with its line number and reason; a
// line is one row, so nothing of a line is ever half saved. Idempotent: a line equal to a product already
// on its asset (or to an earlier line of the same file) is not added again, so reading the same file twice
// leaves one copy. A file of which no line can be imported is refused as a whole (400, every line named).
import {
  InventoryImportSchema,
  parseCycloneDx,
  parseInventoryCsv,
  parseSpdx,
  type InventoryImport,
  type InventoryImportResult,
  type InventoryParse,
} from '@weerbaar/core/advisories';
import { DomainError, invalidField } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import {
  insertInventoryItems,
  listInventoryIdentities,
  lockInventoryImports,
} from '../../repositories/advisory.repository.ts';
import { listAssets } from '../../repositories/asset.repository.ts';
import { scheduleAdvisoryMatch } from './match-advisories.job.ts';

function parse(input: InventoryImport): InventoryParse {
  if (input.format === 'csv') return parseInventoryCsv(input.content);
  let json: unknown;
  try {
    json = JSON.parse(input.content);
  } catch {
    return { products: [], errors: [{ line: 0, reason: 'not JSON' }] };
  }
  return input.format === 'cyclonedx' ? parseCycloneDx(json) : parseSpdx(json);
}

/** What makes two inventory lines the same product on the same asset (names without case). */
export function inventoryIdentity(r: {
  asset_id: string;
  vendor: string | null;
  product: string | null;
  version: string | null;
  cpe: string | null;
  purl: string | null;
}): string {
  return [r.asset_id, r.vendor, r.product, r.version, r.cpe, r.purl].map((v) => (v ?? '').toLowerCase()).join('\u0000');
}

export const importInventory = defineUseCase({
  actions: ['inventory.imported'],
  input: InventoryImportSchema,
  async run({ trx, record, unchanged }, ctx: OrgActor, input: InventoryImport): Promise<InventoryImportResult> {
    authorize(ctx, 'write', { type: 'asset', orgId: ctx.orgId }, 'Asset');
    const parsed = parse(input);
    const assets = (await listAssets(trx, ctx.orgId, { kind: 'asset' })).filter((a) => a.kind === 'asset');
    const byName = new Map(assets.map((a) => [a.name.toLowerCase(), a.id]));
    const errors = [...parsed.errors];
    if (input.format !== 'csv' && !assets.some((a) => a.id === input.assetId)) {
      throw invalidField('body.assetId', 'an SBOM is imported for one asset of this organisation', 'required');
    }
    const candidates = parsed.products.flatMap((p) => {
      const assetId = input.format === 'csv' ? byName.get(p.asset!.toLowerCase()) : input.assetId!;
      if (!assetId) {
        errors.push({ line: p.line, reason: `no asset named ${p.asset}` });
        return [];
      }
      return [
        {
          asset_id: assetId,
          vendor: p.vendor ?? null,
          product: p.product ?? null,
          version: p.version ?? null,
          cpe: p.cpe ?? null,
          purl: p.purl ?? null,
          source: input.format,
        },
      ];
    });
    errors.sort((a, b) => a.line - b.line);
    if (candidates.length === 0 && errors.length > 0) {
      throw new DomainError(
        'validation_failed',
        `${errors.length} lines could not be imported`,
        errors
          .slice(0, 100)
          .map((e) => ({ name: `body.content.${e.line}`, reason: e.reason, code: 'invalid' as const })),
      );
    }
    await lockInventoryImports(trx, ctx.orgId);
    const seen = new Set(
      (await listInventoryIdentities(trx, ctx.orgId, [...new Set(candidates.map((c) => c.asset_id))])).map(
        inventoryIdentity,
      ),
    );
    const rows = candidates.filter((c) => {
      const id = inventoryIdentity(c);
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    const result: InventoryImportResult = {
      imported: rows.length,
      alreadyPresent: candidates.length - rows.length,
      refused: errors.slice(0, 1000),
    };
    if (rows.length === 0) {
      unchanged();
      return result;
    }
    const inserted = await insertInventoryItems(trx, ctx.orgId, rows);
    await scheduleAdvisoryMatch(trx, ctx.orgId, `import:${inserted[0]!.id}`, { itemIds: inserted.map((r) => r.id) });
    await record(
      'inventory.imported',
      {
        subjectType: 'organisation',
        subjectId: ctx.orgId,
        details: { format: input.format, items: inserted.length, refused: errors.length },
      },
      { itemIds: inserted.map((r) => r.id), format: input.format },
    );
    return result;
  },
});
