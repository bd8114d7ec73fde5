import { describe, expect, it } from 'vitest';
import { safeNextPath, withNext } from '../src/auth/next-path.ts';

describe('safeNextPath', () => {
  it.each([
    [undefined, '/'],
    [null, '/'],
    ['', '/'],
    ['/incidents/1?tab=reports', '/incidents/1?tab=reports'],
    ['/audit', '/audit'],
    ['//evil.example/path', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    ['javascript:alert(1)', '/'],
    ['incidents', '/'],
    ['/login', '/'],
    ['/login?next=/audit', '/'],
  ])('%j → %s', (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });
});

describe('withNext', () => {
  it.each([
    ['/login', '/', '/login'],
    ['/login', '/audit', '/login?next=%2Faudit'],
    ['/login', '/incidents/1?tab=a&b=c', '/login?next=%2Fincidents%2F1%3Ftab%3Da%26b%3Dc'],
  ])('%s + %s → %s', (path, next, expected) => {
    expect(withNext(path, next)).toBe(expected);
    expect(safeNextPath(new URLSearchParams(expected.split('?')[1] ?? '').get('next'))).toBe(next);
  });
});
