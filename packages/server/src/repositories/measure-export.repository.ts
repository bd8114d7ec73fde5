// Reads the measure exports need beyond the measures repository: every evidence file's metadata of an
// organisation (never the content), for the OSCAL back-matter.
import type { DbOrTrx } from '../db/database.ts';

export interface EvidenceMetaRow {
  id: string;
  requirement_id: string;
  file_name: string;
  media_type: string;
  sha256: string;
}

export async function listOrgEvidenceMeta(db: DbOrTrx, orgId: string): Promise<EvidenceMetaRow[]> {
  return db
    .selectFrom('measure_evidence')
    .select(['id', 'requirement_id', 'file_name', 'media_type', 'sha256'])
    .where('org_id', '=', orgId)
    .orderBy('requirement_id')
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}
