import { describe, expect, it } from 'vitest';
import { createTestOrg, signedIn } from '../support/fixtures.ts';
import { ransomwareIncident } from '../support/incident-fixtures.ts';
import { buildTestApp } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();

describe('the audit log for people', () => {
  it('names each subject and offers the people and kinds of subject of its own trail as filters', async () => {
    const app = await buildTestApp(t.db);
    const org = await createTestOrg(t.db, 'Namen Ziekenhuis', 'entity', ['owner', 'auditor']);
    const other = await createTestOrg(t.db, 'Andere Namen', 'entity', ['owner']);
    const owner = await signedIn(app, org, 'owner');
    await (await signedIn(app, other, 'owner')).post('/api/v1/assets', { name: 'Geheim', kind: 'service' });
    await owner.post('/api/v1/assets', { name: 'Patiëntendossier', kind: 'service' });
    const incident = (await owner.post('/api/v1/incidents', ransomwareIncident())).json();
    await owner.post(`/api/v1/incidents/${incident.id}/tasks`, { title: 'Back-ups nagaan', kind: 'response' });

    const auditor = await signedIn(app, org, 'auditor');
    const events = (await auditor.get('/api/v1/audit-events?pageSize=100')).json().items as {
      action: string;
      subjectId: string | null;
      subjectLabel: string | null;
    }[];
    const labelOf = (action: string) => events.find((e) => e.action === action)?.subjectLabel;
    expect(labelOf('asset.created')).toBe('Patiëntendossier');
    expect(labelOf('incident.created')).toBe(`${incident.reference} ${incident.title}`);
    expect(labelOf('incident.task-added')).toBe('Back-ups nagaan');

    const facets = (await auditor.get('/api/v1/audit-events/facets')).json();
    expect(facets.actors.map((a: { label: string }) => a.label)).toContain(org.users.owner!.email);
    expect(JSON.stringify(facets)).not.toContain(other.users.owner!.email);
    expect(facets.subjectTypes).toEqual(expect.arrayContaining(['asset', 'incident']));
  });
});
