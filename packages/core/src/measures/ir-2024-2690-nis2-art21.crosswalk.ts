import type { RequirementMapping } from './catalogue.contracts.ts';
import { IR_2024_2690_SECTIONS } from './ir-2024-2690.catalogue.ts';

// Implementing Regulation (EU) 2024/2690 Annex → NIS2 Art. 21(2) points. The Annex itself says which
// point each section implements, in the section heading (e.g. "6. SECURITY IN NETWORK AND INFORMATION
// SYSTEMS ACQUISITION, DEVELOPMENT AND MAINTENANCE (ARTICLE 21(2), POINT (E), OF DIRECTIVE (EU)
// 2022/2555)"); every subsection counts towards each point its section names (so section 13 towards
// (c), (e) and (i)). One direction: a subsection implements part of the broad duty, not the reverse.
export const IR_2024_2690_TO_NIS2_ART21: readonly RequirementMapping[] = IR_2024_2690_SECTIONS.flatMap((section) =>
  section.subs.flatMap(([ref]) =>
    section.points.map((point) => ({
      from: `ir-2024-2690:${ref}`,
      to: `nis2-art21:${point}`,
      source: `Uitvoeringsverordening (EU) 2024/2690, bijlage, kop van afdeling ${section.ref} (art. 21(2)(${section.points.join('), (')}) NIS2)`,
    })),
  ),
);
