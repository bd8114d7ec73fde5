// The entity types for which Impl. Reg. 2024/2690 fixes significant-incident criteria (its Art. 1 and
// Arts. 5-14), plus `other` for every entity assessed under NIS2 Art. 23(3) alone.
import { z } from 'zod';

export const SIGNIFICANCE_ENTITY_TYPES = [
  'dns_service_provider',
  'tld_name_registry',
  'cloud_computing_service_provider',
  'data_centre_service_provider',
  'content_delivery_network_provider',
  'managed_service_provider',
  'managed_security_service_provider',
  'online_marketplace_provider',
  'online_search_engine_provider',
  'social_networking_platform_provider',
  'trust_service_provider',
  'other',
] as const;
export const SignificanceEntityTypeSchema = z.enum(SIGNIFICANCE_ENTITY_TYPES);
export type SignificanceEntityType = z.infer<typeof SignificanceEntityTypeSchema>;

export interface SignificanceEntityTypeInfo {
  name: string;
  /** Where the significance criteria for this type come from. */
  criteriaSource: string;
  /** Entry in the NIS2 Annex catalogue (`nis2-sectors.json` id, e.g. `I.8.2` = Annex I, sector 8, entity 2). */
  nis2AnnexEntry: string | null;
}

export const SIGNIFICANCE_ENTITY_TYPE_CATALOGUE: Readonly<Record<SignificanceEntityType, SignificanceEntityTypeInfo>> =
  {
    dns_service_provider: {
      name: 'DNS service provider',
      criteriaSource: 'Impl. Reg. 2024/2690 Arts. 3, 4 and 5',
      nis2AnnexEntry: 'I.8.2',
    },
    tld_name_registry: {
      name: 'TLD name registry',
      criteriaSource: 'Impl. Reg. 2024/2690 Arts. 3, 4 and 6',
      nis2AnnexEntry: 'I.8.3',
    },
    cloud_computing_service_provider: {
      name: 'Cloud computing service provider',
      criteriaSource: 'Impl. Reg. 2024/2690 Arts. 3, 4 and 7',
      nis2AnnexEntry: 'I.8.4',
    },
    data_centre_service_provider: {
      name: 'Data centre service provider',
      criteriaSource: 'Impl. Reg. 2024/2690 Arts. 3, 4 and 8',
      nis2AnnexEntry: 'I.8.5',
    },
    content_delivery_network_provider: {
      name: 'Content delivery network provider',
      criteriaSource: 'Impl. Reg. 2024/2690 Arts. 3, 4 and 9',
      nis2AnnexEntry: 'I.8.6',
    },
    managed_service_provider: {
      name: 'Managed service provider',
      criteriaSource: 'Impl. Reg. 2024/2690 Arts. 3, 4 and 10',
      nis2AnnexEntry: 'I.9.1',
    },
    managed_security_service_provider: {
      name: 'Managed security service provider',
      criteriaSource: 'Impl. Reg. 2024/2690 Arts. 3, 4 and 10',
      nis2AnnexEntry: 'I.9.2',
    },
    online_marketplace_provider: {
      name: 'Provider of an online marketplace',
      criteriaSource: 'Impl. Reg. 2024/2690 Arts. 3, 4 and 11',
      nis2AnnexEntry: 'II.6.1',
    },
    online_search_engine_provider: {
      name: 'Provider of an online search engine',
      criteriaSource: 'Impl. Reg. 2024/2690 Arts. 3, 4 and 12',
      nis2AnnexEntry: 'II.6.2',
    },
    social_networking_platform_provider: {
      name: 'Provider of a social networking services platform',
      criteriaSource: 'Impl. Reg. 2024/2690 Arts. 3, 4 and 13',
      nis2AnnexEntry: 'II.6.3',
    },
    trust_service_provider: {
      name: 'Trust service provider',
      criteriaSource: 'Impl. Reg. 2024/2690 Arts. 3, 4 and 14',
      nis2AnnexEntry: 'I.8.7',
    },
    other: {
      name: 'Any other essential or important entity',
      // NL: the Cbb and sector regulations may add thresholds (Cbw art. 25(3)-(4)); their content is
      // unverified in the reference, so they are not modelled.
      criteriaSource: 'NIS2 Art. 23(3); Cbw art. 25(2)',
      nis2AnnexEntry: null,
    },
  };
