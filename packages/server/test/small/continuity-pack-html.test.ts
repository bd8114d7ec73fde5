// The offline pack's HTML file must open from disk with nothing else: no scripts, no request of any kind,
// and the user's text can never become markup.
import { PlanContentSchema } from '@weerbaar/core/continuity';
import { describe, expect, it } from 'vitest';
import { packContacts, type PackDocument } from '../../src/services/continuity/continuity-pack-document.ts';
import { renderPackHtml } from '../../src/services/continuity/continuity-pack-html.ts';

const doc = (title: string, extra = {}): PackDocument => ({
  organisation: 'Waterbedrijf <Test>',
  packVersion: 3,
  madeAt: new Date('2026-12-07T10:00:00Z'),
  madeBy: 'risk@example.nl',
  plans: [
    {
      title,
      kind: 'continuity',
      serviceName: 'Drinkwater',
      incidentResponsePlan: false,
      version: 2,
      approvedAt: new Date('2026-12-01T09:00:00Z'),
      approvedBy: 'owner@example.nl',
      nextReviewOn: '2027-12-01',
      content: PlanContentSchema.parse({
        callTree: [
          { level: 2, name: 'Directeur', phone: '06-2' },
          { level: 1, name: 'Wachtdienst', phone: '06-1' },
        ],
        externalHelp: [{ kind: 'supplier', name: 'SCADA-leverancier', phone: '0800-1', reference: 'Contract 42' }],
        recoverySteps: [{ title: 'Pompen met de hand bedienen', targetHours: 1 }, { title: 'SCADA herstellen' }],
        ...extra,
      }),
    },
  ],
});

describe('the static HTML of the offline pack', () => {
  it('has the pack version and date, the plan, its steps in order and the call tree', () => {
    const html = renderPackHtml(doc('SCADA-uitval'));
    expect(html).toContain('Noodpakket versie 3, gemaakt op 07-12-2026 11:00');
    expect(html).toContain('Waterbedrijf &lt;Test&gt;');
    expect(html.indexOf('Pompen met de hand bedienen')).toBeLessThan(html.indexOf('SCADA herstellen'));
    expect(html).toContain('Contract 42');
    expect(html).toContain('lang="nl"');
  });

  it('forbids every request and carries no script, whatever the user typed', () => {
    const html = renderPackHtml(
      doc('<script>alert(1)</script>', { purpose: '<img src="https://evil.example/x.png"> "quoted" & more' }),
    );
    expect(html).toContain("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;img src=&quot;https://evil.example/x.png&quot;&gt; &quot;quoted&quot; &amp; more');
    // The only links are to places in the file itself.
    expect([...html.matchAll(/href="([^"]*)"/g)].every(([, h]) => h!.startsWith('#'))).toBe(true);
  });

  it('lists each contact once over all plans', () => {
    const d = doc('A');
    d.plans.push({ ...d.plans[0]!, title: 'B' });
    const contacts = packContacts(d);
    expect(contacts.map((c) => [c.name, c.plans])).toEqual([
      ['Directeur', ['A', 'B']],
      ['SCADA-leverancier', ['A', 'B']],
      ['Wachtdienst', ['A', 'B']],
    ]);
  });
});
