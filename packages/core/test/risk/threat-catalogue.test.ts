import { describe, expect, it } from 'vitest';
import { THREAT_CATALOGUE, THREAT_THEMES, THEME_FILING, catalogueThreat } from '../../src/risk/index.ts';

describe('the all-hazards threat catalogue', () => {
  it('uses the nine RbRA threat themes', () => {
    expect(THREAT_THEMES).toHaveLength(9);
    expect(THREAT_THEMES.map((t) => t.nameNl)).toContain('Bedreiging vitale infrastructuur');
  });

  it('has unique slug ids, a known theme, a Dutch description, scenarios and a source for every threat', () => {
    const ids = THREAT_CATALOGUE.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const themes = new Set(THREAT_THEMES.map((t) => t.id));
    for (const t of THREAT_CATALOGUE) {
      expect(t.id).toMatch(/^[a-z][a-z0-9-]+$/);
      expect(themes.has(t.theme), t.id).toBe(true);
      expect(t.descriptionNl.length, t.id).toBeGreaterThan(20);
      expect(t.scenariosNl.length, t.id).toBeGreaterThan(0);
      expect(t.source, t.id).not.toBe('');
    }
    for (const id of Object.keys(THEME_FILING)) expect(catalogueThreat(id), id).toBeDefined();
  });

  it('covers the digital and the physical, natural and human threats the analysis asks for', () => {
    for (const id of [
      'ransomware',
      'ddos',
      'phishing',
      'exploited-vulnerability',
      'supply-chain-compromise',
      'insider',
      'data-leak',
      'ot-manipulation',
      'remote-maintenance-compromise',
      'power-outage',
      'telecom-outage',
      'fire',
      'flood',
      'extreme-weather',
      'pandemic',
      'sabotage',
      'terrorism',
      'strike',
      'loss-of-key-staff',
      'supplier-failure',
      'state-interference',
    ]) {
      expect(catalogueThreat(id), id).toBeDefined();
    }
    expect(catalogueThreat('ransomware')?.nature).toBe('digital');
    expect(catalogueThreat('flood')?.theme).toBe('climate-natural-disasters');
  });
});
