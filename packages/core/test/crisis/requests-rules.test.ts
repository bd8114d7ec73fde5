import { describe, expect, it } from 'vitest';
import {
  CrisisAnswerPayloadSchema,
  isOverdue,
  SendCrisisRequestSchema,
  suggestAffectedEntities,
} from '../../src/crisis/requests.ts';
import { parseSubmissionPayload } from '../../src/submissions/submission-payloads.ts';

const registry = [
  {
    entityId: '00000000-0000-4000-8000-000000000001',
    name: 'Water Noord',
    sectors: ['Drinking water'],
    province: 'groningen',
  },
  {
    entityId: '00000000-0000-4000-8000-000000000002',
    name: 'Water Zuid',
    sectors: ['Drinking water'],
    province: 'limburg',
  },
  { entityId: '00000000-0000-4000-8000-000000000003', name: 'Ziekenhuis', sectors: ['Health'], province: 'groningen' },
];

describe('affected entities (issue 16 item 3)', () => {
  it('by sector alone, by province alone, and by both (a sector in that region)', () => {
    const names = (sectors: string[], provinces: string[]) =>
      suggestAffectedEntities(registry, { sectors, provinces: provinces as never }).map((e) => e.name);
    expect(names(['Drinking water'], [])).toEqual(['Water Noord', 'Water Zuid']);
    expect(names([], ['groningen'])).toEqual(['Water Noord', 'Ziekenhuis']);
    expect(names(['Drinking water'], ['groningen'])).toEqual(['Water Noord']);
    expect(names([], [])).toEqual([]);
  });

  it('adds entities named by an observable or an advisory, each reason once, most reasons first', () => {
    const hits = [
      { entityId: registry[2]!.entityId, reason: { kind: 'observable' as const, detail: '203.0.113.7' } },
      { entityId: registry[2]!.entityId, reason: { kind: 'observable' as const, detail: '203.0.113.7' } },
      { entityId: registry[2]!.entityId, reason: { kind: 'advisory' as const, detail: 'NCSC-2026-0001' } },
      { entityId: 'not-registered', reason: { kind: 'advisory' as const, detail: 'NCSC-2026-0001' } },
    ];
    const out = suggestAffectedEntities(registry, { sectors: ['Drinking water'], provinces: [] }, hits);
    expect(out.map((e) => [e.name, e.reasons.map((r) => r.kind)])).toEqual([
      ['Ziekenhuis', ['observable', 'advisory']],
      ['Water Noord', ['sector']],
      ['Water Zuid', ['sector']],
    ]);
  });
});

describe('the uitvraag clock and what travels', () => {
  const due = new Date('2026-12-07T12:00:00Z');
  it('an unanswered uitvraag is overdue after its due time; an answered one or a crisis message never', () => {
    const after = new Date('2026-12-07T12:00:01Z');
    expect(isOverdue({ kind: 'information-request', dueAt: due }, null, after)).toBe(true);
    expect(isOverdue({ kind: 'information-request', dueAt: due }, null, due)).toBe(false);
    expect(isOverdue({ kind: 'information-request', dueAt: due }, due, after)).toBe(false);
    expect(isOverdue({ kind: 'information-request', dueAt: null }, null, after)).toBe(false);
    expect(isOverdue({ kind: 'crisis-message', dueAt: due }, null, after)).toBe(false);
  });

  it('refuses TLP:RED (people of another installation cannot be named)', () => {
    const base = { kind: 'crisis-message', subject: 'x', body: 'y', entityIds: [registry[0]!.entityId] };
    expect(SendCrisisRequestSchema.safeParse({ ...base, tlp: 'AMBER+STRICT' }).success).toBe(true);
    expect(SendCrisisRequestSchema.safeParse({ ...base, tlp: 'RED' }).success).toBe(false);
  });

  it('an answer is a submission kind, validated with the same schema on both sides', () => {
    const answer = {
      messageId: registry[0]!.entityId,
      requestId: registry[1]!.entityId,
      affected: 'yes',
      since: null,
      impact: 'Telemetrie valt uit',
      services: [],
      note: '',
      answeredAt: '2026-12-07T12:00:00.000Z',
    };
    expect(CrisisAnswerPayloadSchema.parse(answer)).toEqual(answer);
    expect(parseSubmissionPayload('crisis-request-answer', answer, 'body.payload').ok).toBe(true);
    const bad = parseSubmissionPayload('crisis-request-answer', { ...answer, affected: 'maybe' }, 'body.payload');
    expect(bad.ok).toBe(false);
  });
});
