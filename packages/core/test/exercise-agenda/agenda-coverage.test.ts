import { describe, expect, it } from 'vitest';
import {
  AGENDA_ITEM_TRANSITIONS,
  AgendaCreateSchema,
  agendaCoverage,
  type CoverageInput,
} from '../../src/exercise-agenda/index.ts';
import { THREAT_THEME_IDS } from '../../src/risk/index.ts';

const item = (over: Partial<CoverageInput>): CoverageInput => ({
  theme: 'cyber-threats',
  status: 'planned',
  plannedFrom: '2026-10-01',
  organiser: 'NCSC',
  ...over,
});
const cell = (c: ReturnType<typeof agendaCoverage>, theme: string, year: number) =>
  c.themes.find((t) => t.theme === theme)!.cells.find((x) => x.year === year)!;

describe('coverage of the nine RbRA themes per year', () => {
  it('has a row per theme of the risk catalogue and a column per agenda year', () => {
    const c = agendaCoverage(2026, 2029, []);
    expect(c.years).toEqual([2026, 2027, 2028, 2029]);
    expect(c.themes.map((t) => t.theme)).toEqual(THREAT_THEME_IDS);
    expect(c.uncovered).toEqual(THREAT_THEME_IDS);
  });

  it('counts held and evaluated as exercised, planned and prepared as planned, cancelled not at all', () => {
    const c = agendaCoverage(2026, 2029, [
      item({ status: 'held', organiser: 'NCSC' }),
      item({ status: 'evaluated', organiser: 'Ministerie van IenW' }),
      item({ status: 'planned', organiser: 'NCSC' }),
      item({ status: 'prepared', theme: 'major-accidents', plannedFrom: '2027-03-01', organiser: 'Veiligheidsregio' }),
      item({ status: 'cancelled', theme: 'infectious-diseases', plannedFrom: '2028-01-01' }),
    ]);
    expect(cell(c, 'cyber-threats', 2026)).toEqual({
      year: 2026,
      state: 'exercised',
      exercised: 2,
      planned: 1,
      organisers: ['Ministerie van IenW', 'NCSC'],
    });
    expect(cell(c, 'major-accidents', 2027)).toMatchObject({ state: 'planned', exercised: 0, planned: 1 });
    expect(cell(c, 'infectious-diseases', 2028)).toMatchObject({ state: 'none', organisers: [] });
    expect(c.uncovered).toContain('infectious-diseases');
    expect(c.uncovered).not.toContain('cyber-threats');
    expect(c.uncovered).not.toContain('major-accidents');
  });

  it('counts an item in the year its period starts, and leaves out items outside the agenda', () => {
    const c = agendaCoverage(2026, 2027, [
      item({ plannedFrom: '2027-12-31', status: 'held' }),
      item({ plannedFrom: '2028-01-01', status: 'held', theme: 'economic-threats' }),
      item({ plannedFrom: '2025-12-31', status: 'held', theme: 'economic-threats' }),
    ]);
    expect(cell(c, 'cyber-threats', 2027).state).toBe('exercised');
    expect(cell(c, 'cyber-threats', 2026).state).toBe('none');
    expect(c.uncovered).toContain('economic-threats');
  });
});

describe('agenda rules', () => {
  it('refuses an agenda that ends before it starts or spans more than eight years', () => {
    expect(AgendaCreateSchema.safeParse({ title: 'A', firstYear: 2026, lastYear: 2029 }).success).toBe(true);
    expect(AgendaCreateSchema.safeParse({ title: 'A', firstYear: 2029, lastYear: 2026 }).success).toBe(false);
    expect(AgendaCreateSchema.safeParse({ title: 'A', firstYear: 2026, lastYear: 2034 }).success).toBe(false);
    expect(AgendaCreateSchema.safeParse({ title: 'A', firstYear: 2026, lastYear: 2033 }).success).toBe(true);
  });

  it('closes an evaluated item and lets a cancelled one be planned again', () => {
    expect(AGENDA_ITEM_TRANSITIONS.evaluated).toEqual([]);
    expect(AGENDA_ITEM_TRANSITIONS.cancelled).toEqual(['planned']);
    expect(AGENDA_ITEM_TRANSITIONS.held).toEqual(['evaluated']);
  });
});
