// A sector's name in the user's language: the Dutch names of the annexes' sectors from core, and our own
// labels for the choices the annexes do not name. Its own file (not the scope wizard's) so that pages
// that name a sector (overview, registry, inbox) do not load the wizard.
import { SECTOR_NAMES_NL } from '@weerbaar/core/scope';
import type { TFunction } from 'i18next';
import { currentLocale } from '../i18n/index.ts';

/** The scope wizard's sector choices beyond the catalogue: all government together, or "not listed". */
export const GOVERNMENT = 'government';
export const OTHER = 'other';

const SPECIAL_SECTOR_LABEL: Record<string, 'domainRegistration' | 'education'> = {
  'Digital infrastructure (outside annex list)': 'domainRegistration',
  'Education (Member State option)': 'education',
};

export function sectorLabel(sector: string, t: TFunction): string {
  if (sector === GOVERNMENT) return t('sectors.government');
  if (sector === OTHER) return t('sectors.other');
  const special = SPECIAL_SECTOR_LABEL[sector];
  if (special) return t(`sectors.${special}`);
  return currentLocale() === 'nl' ? (SECTOR_NAMES_NL[sector] ?? sector) : sector;
}
