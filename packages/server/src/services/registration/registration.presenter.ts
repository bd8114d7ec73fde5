import type { OutboxEntry } from '@weerbaar/core/delivery';
import type { Registration, RegistrationSubmission, RegistrationVersion } from '@weerbaar/core/registration';
import type { RegistrationVersionRow } from '../../db/schema-delivery.ts';

export function presentRegistrationVersion(r: RegistrationVersionRow): RegistrationVersion {
  return {
    id: r.id,
    version: r.version,
    savedAt: r.created_at.toISOString(),
    savedBy: r.created_by,
    digest: r.digest,
    data: r.data as unknown as Registration,
  };
}

export function presentRegistrationSubmission(
  entry: OutboxEntry,
  versions: Map<string, number>,
): RegistrationSubmission {
  return { ...entry, version: versions.get(entry.subjectId) ?? null };
}
