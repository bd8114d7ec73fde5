// The Dutch names of the annexes' sectors, without the catalogue they come from: pages that only name a
// sector (overview, registry, inbox) load these few lines, not the whole NIS2 Annex I/II catalogue (51 kB;
// the first visit must stay under 300 kB). test/scope/sector-names.test.ts holds this equal to SECTORS.
export const SECTOR_NAMES_NL: Readonly<Record<string, string>> = {
  Energy: 'Energie',
  Transport: 'Vervoer',
  Banking: 'Bankwezen',
  'Financial market infrastructures': 'Infrastructuur voor de financiële markt',
  Health: 'Gezondheidszorg',
  'Drinking water': 'Drinkwater',
  'Waste water': 'Afvalwater',
  'Digital infrastructure': 'Digitale infrastructuur',
  'ICT service management (business-to-business)': 'Beheer van ICT-diensten (business-to-business)',
  'Public administration': 'Overheid',
  Space: 'Ruimtevaart',
  'Postal and courier services': 'Post- en koeriersdiensten',
  'Waste management': 'Afvalstoffenbeheer',
  'Manufacture, production and distribution of chemicals':
    'Vervaardiging, productie en distributie van chemische stoffen',
  'Production, processing and distribution of food': 'Productie, verwerking en distributie van levensmiddelen',
  Manufacturing: 'Vervaardiging',
  'Digital providers': 'Digitale aanbieders',
  Research: 'Onderzoek',
  'Digital infrastructure (outside annex list)': 'Digitale infrastructuur',
  'Any CER Annex sector': 'Elke CER-sector',
  'Education (Member State option)': 'Onderwijs',
  'Public administration — local level (Member State option)': 'Overheid — decentraal',
  'Other (not in Annex I or II)': 'Overig (niet in bijlage 1 of 2)',
};
