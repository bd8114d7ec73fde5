import { AUDIT_ACTIONS } from '@weerbaar/core/events';
import { describe, expect, it } from 'vitest';
import { actionLabel, subjectTypeLabel } from '../src/routes/audit/audit-labels.ts';
import { t, tEn } from './support/i18n.ts';

describe("the audit log speaks the reader's language", () => {
  it.each([
    ['nl', t],
    ['en', tEn],
  ] as const)('every audit action has a name in %s (a new action fails here until it gets one)', (_locale, tr) => {
    const unnamed = AUDIT_ACTIONS.filter((action) => actionLabel(action, tr).includes(action));
    expect(unnamed).toEqual([]);
  });

  it('shows the code of an action this version has no name for, rather than nothing', () => {
    expect(actionLabel('retired.action', t)).toBe('Andere actie (retired.action)');
  });

  it('names kinds of subject in Dutch and keeps an unknown kind readable', () => {
    expect(subjectTypeLabel('incident-task', t)).toBe('Taak');
    expect(subjectTypeLabel('supervision-request', t)).toBe('Verzoek om informatie (toezicht)');
    expect(subjectTypeLabel('supervision-finding', t)).toBe('Bevinding (toezicht)');
    expect(subjectTypeLabel('something-new', t)).toBe('something-new');
  });
});
