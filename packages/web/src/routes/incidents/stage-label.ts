import { STAGE_DEFINITIONS, type DeadlineStage, type ReportStage } from '@weerbaar/core/incidents';
import type { Locale } from '@weerbaar/core/platform';

/** The law's own name of a stage (glossary §7) in Dutch, or the English one. */
export function stageLabel(stage: DeadlineStage | ReportStage, locale: Locale): string {
  const d = STAGE_DEFINITIONS[stage];
  return locale === 'nl' ? d.labelNl : d.labelEn;
}

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
