import type { RequirementMapping } from './catalogue.contracts.ts';
import { BIO2, bio2IsoControl } from './bio2.catalogue.ts';

// BIO2 government measure → the ISO/IEC 27001:2022 Annex A control it details. The BIO2 is built on
// NEN-EN-ISO/IEC 27001 Annex A and 27002: each measure's number starts with its ISO 27002 control
// (5.17.01 details control 5.17), as the BIO2 itself states ("geheel gestructureerd volgens
// NEN-EN-ISO/IEC 27001, bijlage A en NEN-EN-ISO/IEC 27002").
export const BIO2_TO_ISO27001: readonly RequirementMapping[] = BIO2.sections.flatMap((section) =>
  section.requirements.map((r) => ({
    from: r.id,
    to: `iso27001-2022:${bio2IsoControl(r.ref)}`,
    source: `BIO2 v1.2: maatregel ${r.ref} werkt ISO/IEC 27002:2022 beheersmaatregel ${bio2IsoControl(r.ref).slice(2)} uit (BIO2 is gestructureerd volgens ISO/IEC 27001 bijlage A en 27002)`,
  })),
);
