import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { normaliseUrlQuery, pageParam, parseUrlQuery, queryHref, serialiseUrlQuery } from '../src/url/url-query.ts';
import { AuditQuerySchema } from '../src/routes/audit/audit-filters.ts';
import { IncidentsQuerySchema } from '../src/routes/incidents/incidents-api.ts';

const Schema = z.object({
  q: z.string().max(10).optional(),
  open: z.enum(['true', 'false']).optional(),
  sort: z.enum(['name', 'date']).default('date'),
  page: pageParam,
});

describe('parseUrlQuery', () => {
  it.each([
    ['', { sort: 'date', page: 1 }],
    ['q=water&open=true', { q: 'water', open: 'true', sort: 'date', page: 1 }],
    ['q=%20water%20', { q: 'water', sort: 'date', page: 1 }],
    ['q=%20%20', { sort: 'date', page: 1 }],
    ['open=maybe', { sort: 'date', page: 1 }],
    ['q=far-too-long-for-the-field', { sort: 'date', page: 1 }],
    ['sort=name&page=3', { sort: 'name', page: 3 }],
    ['sort=colour', { sort: 'date', page: 1 }],
    ['page=0', { sort: 'date', page: 1 }],
    ['page=-2', { sort: 'date', page: 1 }],
    ['page=2.5', { sort: 'date', page: 1 }],
    ['page=abc', { sort: 'date', page: 1 }],
    ['unknown=1&page=2', { sort: 'date', page: 2 }],
  ])('?%s', (search, expected) => {
    expect(parseUrlQuery(Schema, new URLSearchParams(search))).toEqual(expected);
  });
});

describe('serialiseUrlQuery', () => {
  it.each([
    [{}, ''],
    [{ sort: 'date', page: 1 }, ''],
    [{ page: 2 }, 'page=2'],
    [{ q: ' water ', open: '' }, 'q=water'],
    [{ page: 3, q: 'x', sort: 'name' }, 'q=x&sort=name&page=3'],
    [{ q: null, open: undefined }, ''],
  ])('%j → ?%s', (values, expected) => {
    expect(serialiseUrlQuery(Schema, values).toString()).toBe(expected);
  });

  it('round-trips what it parsed', () => {
    const search = 'q=dns&open=false&sort=name&page=4';
    expect(serialiseUrlQuery(Schema, parseUrlQuery(Schema, new URLSearchParams(search))).toString()).toBe(search);
  });
});

describe('normaliseUrlQuery (a submitted filter form)', () => {
  it.each([
    [{ q: 'water', open: 'true' }, 'q=water&open=true'],
    [{ q: '', open: 'true' }, 'open=true'],
    [{ open: 'on' }, ''],
    // The form has no page field: a new filter starts at page 1.
    [{ q: 'water' }, 'q=water'],
  ])('%j → ?%s', (values, expected) => {
    expect(normaliseUrlQuery(Schema, values).toString()).toBe(expected);
  });
});

describe('queryHref', () => {
  it('is a bare ? for the plain page, so the link drops every filter', () => {
    expect(queryHref(new URLSearchParams())).toBe('?');
    expect(queryHref(new URLSearchParams('a=1'))).toBe('?a=1');
  });
});

describe("the pages' schemas", () => {
  it('audit log: days must be calendar days, other text is kept', () => {
    expect(parseUrlQuery(AuditQuerySchema, new URLSearchParams('from=2025-01-31&to=31-01-2025&actorId=a'))).toEqual({
      from: '2025-01-31',
      actorId: 'a',
      page: 1,
    });
  });

  it('incident register: only known categories and open states', () => {
    expect(
      parseUrlQuery(IncidentsQuerySchema, new URLSearchParams('category=nonsense&open=yes&q=ddos&page=2')),
    ).toEqual({ q: 'ddos', page: 2 });
  });
});
