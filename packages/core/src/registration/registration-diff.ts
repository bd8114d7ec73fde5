// Which fields differ between two versions of a registration, for the change history.

export interface FieldChange {
  /** Dotted path, e.g. 'addresses.0.postcode'. */
  path: string;
  before: unknown;
  after: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Leaf-level differences between two JSON values; an added or removed subtree is one change. */
export function diffJson(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (Array.isArray(before) && Array.isArray(after)) {
    const changes: FieldChange[] = [];
    for (let i = 0; i < Math.max(before.length, after.length); i += 1) {
      changes.push(...diffJson(before[i], after[i], path ? `${path}.${i}` : String(i)));
    }
    return changes;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diffJson(before[k], after[k], path ? `${path}.${k}` : k));
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ path, before: before ?? null, after: after ?? null }];
}
