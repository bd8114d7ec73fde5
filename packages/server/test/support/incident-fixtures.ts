import { expect } from 'vitest';
import type { TestClient } from './test-client.ts';

export const CONTACT = { name: 'Jan de Vries', email: 'jan@ziekenhuis.example', phone: '+31 20 123 4567' };

/** A ransomware incident whose facts make it significant under NIS2 Art. 23(3) (entity type `other`). */
export function ransomwareIncident(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Ransomware op de dossierserver',
    description: 'Bestanden op de EPD-server zijn versleuteld; losgeldbrief gevonden.',
    category: 'ransomware',
    detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
    impact: { severeOperationalDisruption: true, suspectedMalicious: true, crossBorder: false, usersAffected: 1200 },
    ...overrides,
  };
}

export const earlyWarning = (overrides: Record<string, unknown> = {}) => ({
  stage: 'early_warning',
  content: {
    suspectedUnlawfulOrMalicious: 'yes',
    crossBorderImpactPossible: 'no',
    contact: CONTACT,
    // Draft Cyberbeveiligingsbesluit art. 25(a): the suspected start, here "not yet known".
    suspectedStartAt: null,
    ...overrides,
  },
});

/** Records a ransomware incident and decides it significant; returns its id. */
export async function significantIncident(
  handler: TestClient,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const created = await handler.post('/api/v1/incidents', ransomwareIncident(overrides));
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const decided = await handler.post(`/api/v1/incidents/${id}/significance-decisions`, { outcome: 'significant' });
  expect(decided.statusCode, decided.body).toBe(201);
  return id;
}
