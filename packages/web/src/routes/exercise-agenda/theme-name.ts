import { THREAT_THEMES, type ThreatThemeId } from '@weerbaar/core/risk';
import type { Locale } from '@weerbaar/core/platform';

/** The RbRA theme's name as the risk catalogue holds it (one list, in core). */
export function themeName(id: ThreatThemeId, locale: Locale): string {
  const theme = THREAT_THEMES.find((t) => t.id === id);
  if (!theme) return id;
  return locale === 'en' ? theme.nameEn : theme.nameNl;
}
