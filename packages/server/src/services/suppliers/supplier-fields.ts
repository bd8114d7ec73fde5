import type { SupplierUpdate } from '@weerbaar/core/suppliers';
import { DomainError } from '@weerbaar/core/platform';
import type { Trx } from '../../db/database.ts';
import { findSupplierIdByName, type SupplierFields } from '../../repositories/supplier.repository.ts';

/** The columns a create or change sets; absent fields stay as they are. */
export function supplierFields(input: SupplierUpdate): SupplierFields {
  const f: SupplierFields = {};
  if (input.name !== undefined) f.name = input.name;
  if (input.description !== undefined) f.description = input.description;
  if (input.emergencyContact !== undefined) f.emergency_contact = input.emergencyContact;
  if (input.contractReference !== undefined) f.contract_reference = input.contractReference;
  if (input.contractEndsOn !== undefined) f.contract_end_date = input.contractEndsOn;
  if (input.exitStrategy !== undefined) f.exit_strategy = input.exitStrategy;
  if (input.securityRequirements !== undefined) f.security_requirements = input.securityRequirements;
  if (input.lastAssessment !== undefined) {
    f.assessed_on = input.lastAssessment?.date ?? null;
    f.assessment_result = input.lastAssessment?.result ?? null;
    f.assessment_notes = input.lastAssessment?.notes ?? null;
  }
  return f;
}

/** One supplier per name in an organisation: the register is read by name in an outage. */
export async function assertSupplierNameFree(trx: Trx, orgId: string, name: string, exceptId?: string): Promise<void> {
  const existing = await findSupplierIdByName(trx, orgId, name);
  if (existing && existing !== exceptId) {
    throw new DomainError('conflict', `A supplier named '${name}' already exists`, [
      { name: 'body.name', reason: 'is already used for another supplier', code: 'taken' },
    ]);
  }
}
