import {
  CER_CRITERION_IDS,
  SIGNIFICANCE_CRITERION_IDS,
  type CerCriterionId,
  type SignificanceCriterionId,
} from '@weerbaar/core/incidents';
import type { TFunction } from 'i18next';

// Core names each significance criterion (Impl. Reg. 2024/2690 Arts. 3-14, NIS2 Art. 23(3), CER Art. 15(1))
// with an English summary; the UI speaks Dutch. The i18n keys are typed and built from core's id lists, so a
// criterion added in core without a text in nl.json fails the typecheck.

export type CriterionId = SignificanceCriterionId | CerCriterionId;

const CRITERION_IDS: readonly string[] = [...SIGNIFICANCE_CRITERION_IDS, ...CER_CRITERION_IDS];

export const isCriterionId = (id: string): id is CriterionId => CRITERION_IDS.includes(id);

/** The Dutch (or English) text of one criterion; a criterion unknown to this build shows core's summary. */
export function criterionLabel(t: TFunction, criterion: { id: string; summary: string }): string {
  return isCriterionId(criterion.id) ? t(`incidents.criteria.${criterion.id}`) : criterion.summary;
}
