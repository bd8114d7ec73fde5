import type { Catalogue } from './catalogue.contracts.ts';

// NEN 7510 (information security in healthcare) with its companions NEN 7512 and NEN 7513
// (../shared/domain/nis2-cer-reference.md §6.10). Care providers under the Wkkgz that process patient data
// must demonstrably comply with NEN 7510 and NEN 7512; IGJ supervises. Copyrighted (NEN). The reference
// gives no control identifiers and the current edition is unverified, so we ship the parts as
// requirements and no control-level crosswalk; the organisation adds its licensed controls' text.
// NEN 7510-1 is built on ISO/IEC 27001 and NEN 7510-2 on ISO/IEC 27002 (reference §6.10).
export const NEN7510: Catalogue = {
  id: 'nen7510',
  title: 'NEN 7510 — informatiebeveiliging in de zorg (met NEN 7512 en NEN 7513)',
  source: {
    citation:
      'NEN 7510-1 en NEN 7510-2 (Medische informatica — Informatiebeveiliging in de zorg), NEN 7512, NEN 7513; alleen delen, geen beheersmaatregelen',
    url: 'https://www.nen.nl',
    version: 'editie niet bevestigd (2017+A1:2020 of herziening 2024)',
    text: 'identifiers-only',
    unverified:
      'Huidige editie en nummering van de beheersmaatregelen zijn niet bevestigd; daarom alleen de delen, zonder koppeling per maatregel naar ISO 27001.',
  },
  sections: [
    {
      ref: 'NEN 7510',
      title: 'NEN 7510',
      requirements: [
        {
          id: 'nen7510:7510-1',
          ref: 'NEN 7510-1',
          title: 'Managementsysteem voor informatiebeveiliging (gebaseerd op ISO/IEC 27001)',
        },
        {
          id: 'nen7510:7510-2',
          ref: 'NEN 7510-2',
          title: 'Beheersmaatregelen voor de zorg (gebaseerd op ISO/IEC 27002)',
        },
      ],
    },
    {
      ref: 'aanvullend',
      title: 'Aanvullende normen',
      requirements: [
        { id: 'nen7510:7512', ref: 'NEN 7512', title: 'Vertrouwensbasis voor gegevensuitwisseling' },
        { id: 'nen7510:7513', ref: 'NEN 7513', title: 'Logging van toegang tot elektronische patiëntdossiers' },
      ],
    },
  ],
};
