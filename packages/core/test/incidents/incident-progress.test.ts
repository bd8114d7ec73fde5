import { describe, expect, it } from 'vitest';
import {
  automaticTransition,
  canTransition,
  INCIDENT_STATUSES,
  statusPrompt,
  type IncidentStatus,
} from '../../src/incidents/index.ts';

describe('automaticTransition: the work moves a new incident to triage, and nothing further', () => {
  it('moves new to triage', () => {
    expect(automaticTransition('new')).toBe('triage');
  });

  it.each(INCIDENT_STATUSES.filter((s) => s !== 'new'))('leaves %s where it is', (status) => {
    expect(automaticTransition(status)).toBeNull();
  });
});

describe('statusPrompt: the hint beside the status', () => {
  const none = { decided: false, reportStages: [] };

  it('says nothing about a new incident nobody has worked on yet', () => {
    expect(statusPrompt('new', none)).toBeNull();
  });

  it('does not leave a new incident with a sent early warning without a hint', () => {
    expect(statusPrompt('new', { decided: true, reportStages: ['early_warning'] })).toMatchObject({
      reason: 'work_started',
      to: 'triage',
    });
    expect(statusPrompt('new', { decided: true, reportStages: [] })?.to).toBe('triage');
    expect(statusPrompt('new', { decided: false, reportStages: ['voluntary_notification'] })?.to).toBe('triage');
  });

  it('asks to close an open incident once its final report was sent (NIS2 Art. 23(4)(d))', () => {
    for (const status of ['triage', 'containment', 'recovery'] as const) {
      expect(statusPrompt(status, { decided: true, reportStages: ['early_warning', 'final_report'] })).toMatchObject({
        reason: 'final_report_sent',
        to: 'closed',
      });
    }
    // Eradication does not close directly: the button takes the allowed step towards closing.
    expect(statusPrompt('eradication', { decided: true, reportStages: ['final_report'] })?.to).toBe('recovery');
  });

  it('never asks to close for a progress report: the incident is still ongoing (NIS2 Art. 23(4)(e))', () => {
    expect(
      statusPrompt('containment', { decided: true, reportStages: ['notification', 'progress_report'] }),
    ).toBeNull();
  });

  it('says nothing once the incident is closed or under review', () => {
    for (const status of ['closed', 'post_incident_review'] as const) {
      expect(statusPrompt(status, { decided: true, reportStages: ['final_report'] })).toBeNull();
    }
  });

  it('only offers a step the workflow allows', () => {
    for (const status of INCIDENT_STATUSES as readonly IncidentStatus[]) {
      const prompt = statusPrompt(status, { decided: true, reportStages: ['early_warning', 'final_report'] });
      if (prompt) expect(canTransition(status, prompt.to)).toBe(true);
    }
  });
});
