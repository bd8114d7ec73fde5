import type { Catalogue } from './catalogue.contracts.ts';

// NCSC basic measures and the joint NCSC + DTC basic principles, as far as the project's legal reference
// verifies them (../shared/domain/nis2-cer-reference.md §6.6). Guidance, not law.
// - NCSC "Handreiking cybersecuritymaatregelen" (Feb 2021): eight basic measures; four are confirmed
//   (logging, MFA/password policy, back-ups, encryption), checked again in the NCTV magazine 2021/01
//   ("Loggen, wachtwoordbeleid, back-ups maken en het versleutelen van informatie",
//   https://magazines.nctv.nl/nctvmagazine/2021/01/stap-voor-stap-naar-een-digitaal-veilige-organisatie).
//   The other four are not shipped: their list and wording are unverified.
// - Joint NCSC + DTC basic principles (5): English titles confirmed by privacy-web.nl
//   (https://privacy-web.nl/en/nieuws/ncsc-en-dtc-lanceren-gezamenlijke-basisprincipes-voor-digitale-weerbaarheid);
//   the Dutch titles below are the reference's likely wording, unverified.
export const NCSC_BASIS: Catalogue = {
  id: 'ncsc-basis',
  title: 'NCSC-basismaatregelen en basisprincipes NCSC en DTC',
  source: {
    citation:
      'NCSC, Handreiking cybersecuritymaatregelen (februari 2021); NCSC en Digital Trust Center, gezamenlijke basisprincipes digitale weerbaarheid',
    url: 'https://www.ncsc.nl',
    version: '2021-02 (handreiking); basisprincipes zonder versienummer',
    text: 'full',
    unverified:
      'Van de acht basismaatregelen (2021) zijn er vier bevestigd en opgenomen; de andere vier (waarschijnlijk patchbeheer, netwerksegmentatie, beheer van (bijzondere) toegangsrechten, bescherming van apparaten aan het internet) zijn niet bevestigd en ontbreken. De Nederlandse titels van de vijf basisprincipes zijn niet bevestigd (alleen de Engelse).',
  },
  sections: [
    {
      ref: 'handreiking-2021',
      title: 'Basismaatregelen NCSC (handreiking 2021, bevestigde deel)',
      requirements: [
        ['logging', 'Zorg voor voldoende logging en gebruik die'],
        ['mfa', 'Gebruik multifactorauthenticatie en een goed wachtwoordbeleid'],
        ['backups', 'Maak back-ups en test het herstel'],
        ['encryptie', 'Versleutel informatie'],
      ].map(([ref, title]) => ({ id: `ncsc-basis:${ref}`, ref: ref!, title: title! })),
    },
    {
      ref: 'basisprincipes',
      title: 'Basisprincipes NCSC en DTC',
      requirements: [
        ['bp1', "Breng je risico's in kaart"],
        ['bp2', 'Bevorder veilig gedrag'],
        ['bp3', 'Bescherm systemen, applicaties en apparaten'],
        ['bp4', 'Beheer toegang tot gegevens en diensten'],
        ['bp5', 'Bereid je voor op incidenten'],
      ].map(([ref, title]) => ({ id: `ncsc-basis:${ref}`, ref: ref!, title: title! })),
    },
  ],
};
