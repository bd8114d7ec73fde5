// Imports a product inventory from a CSV file (each line names its asset) or from an SBOM (CycloneDX or
// SPDX JSON) for one asset (issue 14 item 5), all or nothing: a line that cannot be read or names no
// asset of the organisation refuses the whole import, with every such line listed.
import {
  InventoryImportSchema,
  parseCycloneDx,
  parseInventoryCsv,
  parseSpdx,
  type InventoryImport,
  type InventoryParse,
} from '@weerbaar/core/advisories';
import { DomainError, invalidField } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { insertInventoryItems } from '../../repositories/advisory.repository.ts';
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

export const importInventory = defineUseCase({
  actions: ['inventory.imported'],
  input: InventoryImportSchema,
  async run({ trx, record }, ctx: OrgActor, input: InventoryImport): Promise<{ imported: number }> {
    authorize(ctx, 'write', { type: 'asset', orgId: ctx.orgId }, 'Asset');
    const parsed = parse(input);
    const assets = (await listAssets(trx, ctx.orgId, { kind: 'asset' })).filter((a) => a.kind === 'asset');
    const byName = new Map(assets.map((a) => [a.name.toLowerCase(), a.id]));
    const errors = [...parsed.errors];
    if (input.format !== 'csv' && !assets.some((a) => a.id === input.assetId)) {
      throw invalidField('body.assetId', 'an SBOM is imported for one asset of this organisation', 'required');
    }
    const rows = parsed.products.flatMap((p) => {
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
    if (errors.length > 0) {
      throw new DomainError(
        'validation_failed',
        `${errors.length} lines could not be imported`,
        errors
          .slice(0, 100)
          .map((e) => ({ name: `body.content.${e.line}`, reason: e.reason, code: 'invalid' as const })),
      );
    }
    const inserted = await insertInventoryItems(trx, ctx.orgId, rows);
    if (inserted.length > 0) {
      await scheduleAdvisoryMatch(trx, ctx.orgId, `import:${inserted[0]!.id}`, {
        itemIds: inserted.map((r) => r.id),
      });
    }
    await record(
      'inventory.imported',
      { subjectType: 'organisation', subjectId: ctx.orgId, details: { format: input.format, items: inserted.length } },
      { itemIds: inserted.map((r) => r.id), format: input.format },
    );
    return { imported: inserted.length };
  },
});
