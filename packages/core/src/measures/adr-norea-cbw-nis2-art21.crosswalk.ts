import type { RequirementMapping } from './catalogue.contracts.ts';
import { ADR_NOREA_SECTIONS } from './adr-norea-cbw.catalogue.ts';

// ADR & NOREA Cbw (NIS2) Control Framework v1.2 → NIS2 Art. 21(2) points and the governance duties. The
// framework's duty-of-care sections are named after the points of Cbw art. 21(3) (= NIS2 Art. 21(2)) and
// its section 14 after Cbw art. 24; sections 13 (alerts, a Cbb duty) and 15-17 (reporting, Cbw art. 25)
// map to no catalogue here.
export const ADR_NOREA_CBW_TO_NIS2: readonly RequirementMapping[] = ADR_NOREA_SECTIONS.flatMap((section) =>
  section.controls.flatMap(([ref]) =>
    section.counts.map((to) => ({
      from: `adr-norea-cbw:${ref}`,
      to,
      source: `ADR & NOREA, Cbw (NIS2) Control Framework v1.2 (CC BY 4.0), kop van onderdeel ${section.ref}: "${section.title}"`,
    })),
  ),
);
