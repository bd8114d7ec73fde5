import type { Catalogue } from './catalogue.contracts.ts';

// The education sector's information-security norm frameworks (../shared/domain/nis2-cer-reference.md
// §6.11): SURF's "Normenkader Informatiebeveiliging" for higher education and research (ISO/IEC
// 27002-based) and the IBP norm frameworks ("Normenkader Informatiebeveiliging en Privacy") for primary,
// secondary and vocational education (Kennisnet and the sector councils). The reference gives no
// identifiers, versions or numbering, so we ship one requirement per framework; the organisation adds
// the norms it uses with their own text.
export const IBP_ONDERWIJS: Catalogue = {
  id: 'ibp-onderwijs',
  title: 'Normenkaders informatiebeveiliging en privacy (IBP) in het onderwijs',
  source: {
    citation:
      'SURF, Normenkader Informatiebeveiliging (hoger onderwijs en onderzoek); Kennisnet en sectorraden, Normenkader Informatiebeveiliging en Privacy (po, vo, mbo)',
    url: 'https://www.surf.nl',
    version: 'niet bevestigd',
    text: 'identifiers-only',
    unverified:
      'Versies, nummering van de normen en eventuele Cbw-normen voor het onderwijs zijn niet bevestigd (referentie §6.11); daarom alleen de kaders zelf, zonder normnummers en zonder koppelingen.',
  },
  sections: [
    {
      ref: 'kaders',
      title: 'Normenkaders',
      requirements: [
        {
          id: 'ibp-onderwijs:SURF',
          ref: 'SURF',
          title: 'Normenkader Informatiebeveiliging van SURF (hoger onderwijs en onderzoek)',
        },
        {
          id: 'ibp-onderwijs:IBP-PO-VO-MBO',
          ref: 'IBP po/vo/mbo',
          title: 'Normenkader Informatiebeveiliging en Privacy (primair, voortgezet en middelbaar beroepsonderwijs)',
        },
      ],
    },
  ],
};
