import type { Supplier, SupplierDependency, SuppliedService } from '@weerbaar/core/suppliers';
import type { SupplierRow } from '../../db/schema-continuity-bia.ts';
import type { SuppliedServiceWithAsset, SupplierDependencyRow } from '../../repositories/supplier.repository.ts';
import { presentAssetNode } from '../assets/asset.presenter.ts';

export function presentSuppliedService(r: SuppliedServiceWithAsset): SuppliedService {
  return { asset: presentAssetNode(r.asset), recoveryTimeHours: r.recovery_time_hours };
}

export function presentSupplier(
  r: SupplierRow,
  services: SuppliedServiceWithAsset[],
  alternativeFor: number,
): Supplier {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    emergencyContact: r.emergency_contact,
    contractReference: r.contract_reference,
    contractEndsOn: r.contract_end_date,
    exitStrategy: r.exit_strategy,
    securityRequirements: r.security_requirements,
    lastAssessment:
      r.assessed_on === null || r.assessment_result === null
        ? null
        : { date: r.assessed_on, result: r.assessment_result, notes: r.assessment_notes },
    services: services.map(presentSuppliedService),
    alternativeFor,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export function presentSupplierDependency(r: SupplierDependencyRow): SupplierDependency {
  return {
    from: presentAssetNode(r.from),
    to: presentAssetNode(r.to),
    supplier: r.supplier_id === null ? null : { id: r.supplier_id, name: r.supplier_name! },
    alternative: r.alternative && {
      supplier: { id: r.alternative.alternative_supplier_id, name: r.alternative.supplier_name },
      switchOverHours: r.alternative.switch_over_hours,
      note: r.alternative.note,
      updatedAt: r.alternative.updated_at.toISOString(),
    },
  };
}
