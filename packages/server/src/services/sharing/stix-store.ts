// Storing STIX objects in a community: the one path of bundle import, TAXII POST and shared observables.
// Each object is checked on its own (partial success, issue 14 item 2): against its STIX 2.1 schema, and
// against the owner of an id already in the community (an object is changed only by whoever shared it).
import {
  stixTitleOf,
  tlpOfMarkingId,
  tlpOfMarkingRefs,
  type BundleImportResult,
  type ObjectImportResult,
  type TlpLabel,
} from '@weerbaar/core/sharing';
import type { Trx } from '../../db/database.ts';
import {
  insertRecipients,
  insertStixObjects,
  ownersOfObjects,
  type StixObjectInsert,
} from '../../repositories/stix-object.repository.ts';
import { validateStixObject } from './stix-validator.ts';

/** TLP of an object that carries no TLP marking and for which the sharer chose none: the narrowest that
 *  still reaches the community's member organisations (visibility.ts), never wider. */
export const DEFAULT_TLP: TlpLabel = 'AMBER+STRICT';

export interface StoreOptions {
  communityId: string;
  ownerOrgId: string;
  now: Date;
  /** The label for objects without a TLP marking. */
  tlp?: TlpLabel | undefined;
  recipientOrgIds?: readonly string[] | undefined;
  recipientUserIds?: readonly string[] | undefined;
}

export function labelOf(object: Record<string, unknown>, fallback: TlpLabel | undefined): TlpLabel {
  // A TLP marking definition is itself public: it says what the label means.
  if (object.type === 'marking-definition' && typeof object.id === 'string' && tlpOfMarkingId(object.id))
    return 'CLEAR';
  const refs = Array.isArray(object.object_marking_refs)
    ? object.object_marking_refs.filter((r): r is string => typeof r === 'string')
    : undefined;
  return tlpOfMarkingRefs(refs) ?? fallback ?? DEFAULT_TLP;
}

/** The version of an object (TAXII 2.1 §3.4.1): modified, else created, else when it was added. */
export function versionOf(object: Record<string, unknown>, dateAdded: Date): string {
  if (typeof object.modified === 'string') return object.modified;
  if (typeof object.created === 'string') return object.created;
  return dateAdded.toISOString();
}

export async function storeStixObjects(
  trx: Trx,
  objects: readonly unknown[],
  options: StoreOptions,
): Promise<BundleImportResult & { addedIds: string[] }> {
  const results: ObjectImportResult[] = [];
  const candidates: { index: number; row: StixObjectInsert }[] = [];
  const ids = objects.flatMap((o) =>
    typeof o === 'object' && o !== null && typeof (o as { id?: unknown }).id === 'string'
      ? [(o as { id: string }).id]
      : [],
  );
  const owners = await ownersOfObjects(trx, options.communityId, ids);
  objects.forEach((raw, index) => {
    const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const id = typeof o.id === 'string' ? o.id : null;
    const type = typeof o.type === 'string' ? o.type : null;
    const refuse = (reason: string) => results.push({ index, id, type, version: null, outcome: 'refused', reason });
    const check = validateStixObject(raw);
    if (!check.ok) return refuse(check.reason);
    const owner = owners.get(id!);
    if (owner !== undefined && owner !== options.ownerOrgId)
      return refuse('another organisation shared this object; only it can add versions');
    const version = versionOf(o, options.now);
    candidates.push({
      index,
      row: {
        community_id: options.communityId,
        id: id!,
        modified: version,
        modified_at: version,
        type: type!,
        spec_version: typeof o.spec_version === 'string' ? o.spec_version : '2.1',
        owner_org_id: options.ownerOrgId,
        tlp: labelOf(o, options.tlp),
        title: stixTitleOf(o),
        object: JSON.stringify(raw),
        date_added: options.now,
      },
    });
  });
  const inserted = await insertStixObjects(
    trx,
    candidates.map((c) => c.row),
  );
  const added = new Set(inserted.map((r) => `${r.id}\u0000${r.modified}`));
  for (const { index, row } of candidates) {
    const key = `${row.id}\u0000${row.modified}`;
    const isNew = added.delete(key);
    results.push({
      index,
      id: row.id,
      type: row.type,
      version: row.modified,
      outcome: isNew ? 'added' : 'unchanged',
      reason: null,
    });
  }
  results.sort((a, b) => a.index - b.index);
  const addedIds = [...new Set(results.filter((r) => r.outcome === 'added').map((r) => r.id!))];
  const recipients = addedIds.flatMap((objectId) => [
    ...(options.recipientOrgIds ?? []).map((orgId) => ({
      community_id: options.communityId,
      object_id: objectId,
      org_id: orgId,
      user_id: null,
      passed_on_by: null,
    })),
    ...(options.recipientUserIds ?? []).map((userId) => ({
      community_id: options.communityId,
      object_id: objectId,
      org_id: null,
      user_id: userId,
      passed_on_by: null,
    })),
  ]);
  await insertRecipients(trx, recipients);
  return {
    added: results.filter((r) => r.outcome === 'added').length,
    unchanged: results.filter((r) => r.outcome === 'unchanged').length,
    refused: results.filter((r) => r.outcome === 'refused').length,
    results,
    addedIds,
  };
}
