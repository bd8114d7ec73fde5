// The coverage picture of an exercise agenda: per RbRA threat theme and year, whether it was exercised
// (an item held or evaluated), only planned (planned or prepared), or not at all, and by whom. Cancelled
// items count for nothing. An item counts in the year its planned period starts.
import { THREAT_THEME_IDS, type ThreatThemeId } from '../risk/threat-catalogue.ts';
import {
  EXERCISED_AGENDA_STATUSES,
  PLANNED_AGENDA_STATUSES,
  type AgendaCoverage,
  type AgendaItemStatus,
  type CoverageCell,
} from './agenda.contracts.ts';

export interface CoverageInput {
  theme: ThreatThemeId;
  status: AgendaItemStatus;
  /** YYYY-MM-DD */
  plannedFrom: string;
  organiser: string;
}

export function agendaYears(firstYear: number, lastYear: number): number[] {
  return Array.from({ length: Math.max(0, lastYear - firstYear + 1) }, (_, i) => firstYear + i);
}

export function agendaCoverage(firstYear: number, lastYear: number, items: readonly CoverageInput[]): AgendaCoverage {
  const years = agendaYears(firstYear, lastYear);
  const cells = new Map<string, { exercised: number; planned: number; organisers: Set<string> }>();
  for (const item of items) {
    const year = Number(item.plannedFrom.slice(0, 4));
    if (year < firstYear || year > lastYear) continue;
    const exercised = EXERCISED_AGENDA_STATUSES.includes(item.status);
    const planned = PLANNED_AGENDA_STATUSES.includes(item.status);
    if (!exercised && !planned) continue;
    const key = `${item.theme}|${year}`;
    const cell = cells.get(key) ?? { exercised: 0, planned: 0, organisers: new Set<string>() };
    if (exercised) cell.exercised += 1;
    else cell.planned += 1;
    cell.organisers.add(item.organiser);
    cells.set(key, cell);
  }
  const themes = THREAT_THEME_IDS.map((theme) => ({
    theme,
    cells: years.map((year): CoverageCell => {
      const c = cells.get(`${theme}|${year}`);
      if (!c) return { year, state: 'none', exercised: 0, planned: 0, organisers: [] };
      return {
        year,
        state: c.exercised > 0 ? 'exercised' : 'planned',
        exercised: c.exercised,
        planned: c.planned,
        organisers: [...c.organisers].sort((a, b) => a.localeCompare(b, 'nl')),
      };
    }),
  }));
  const uncovered = themes.filter((t) => t.cells.every((c) => c.state === 'none')).map((t) => t.theme);
  return { years, themes, uncovered };
}
