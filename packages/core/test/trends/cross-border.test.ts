import { describe, expect, it } from 'vitest';
import { crossBorderOf, memberStatesOf } from '../../src/inbox/cross-border.ts';

describe('cross-border answer of a report (NIS2 Art. 23(1), (4)(a), (6))', () => {
  it('reads the early warning and notification answer', () => {
    expect(crossBorderOf('early_warning', { crossBorderImpactPossible: 'yes' })).toBe('yes');
    expect(crossBorderOf('notification', { crossBorderImpactPossible: 'unknown' })).toBe('unknown');
    expect(crossBorderOf('voluntary_notification', { crossBorderImpactPossible: 'no' })).toBe('no');
  });

  it('counts a named Member State as a yes', () => {
    expect(crossBorderOf('notification', { crossBorderImpactPossible: 'no', memberStatesAffected: ['DE'] })).toBe(
      'yes',
    );
    expect(memberStatesOf({ memberStatesAffected: ['DE', 'BE'] })).toEqual(['DE', 'BE']);
    expect(memberStatesOf({})).toEqual([]);
  });

  it('reads the CER answer, and the final and progress reports by their description', () => {
    expect(crossBorderOf('cer_initial', { crossBorderImpact: 'yes' })).toBe('yes');
    expect(crossBorderOf('final_report', { crossBorderImpact: 'Ook klanten in België' })).toBe('yes');
    expect(crossBorderOf('final_report', { crossBorderImpact: null })).toBe('no');
    expect(crossBorderOf('progress_report', { crossBorderImpact: null, notYetKnown: ['crossBorderImpact'] })).toBe(
      'unknown',
    );
  });

  it('has no answer for a stage that does not ask (intermediate report)', () => {
    expect(crossBorderOf('intermediate_report', { statusUpdate: 'x' })).toBeNull();
  });
});
