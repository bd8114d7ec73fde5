import {
  FindingCreateSchema,
  InformationRequestCreateSchema,
  RequestAnswerSchema,
  RequestAssessmentSchema,
} from '@weerbaar/core/supervision';
import { describe, expect, it } from 'vitest';
import { errorsFromSchema } from '../src/forms/form-errors.ts';
import { answerBody, assessmentBody, findingBody, requestBody } from '../src/routes/supervision/supervision-forms.ts';
import { t } from './support/i18n.ts';

// Issue 15 item 3: the supervision forms check their values with the API's own contracts before sending, and
// name what is wrong per field, in Dutch (useFormErrors, as the continuity forms do).
const field = (id: string) => ({ id, label: id });

describe('the supervision forms name their errors per field, in Dutch', () => {
  it('an empty information request: entity, subject, question, legal basis and deadline', () => {
    const fields = Object.fromEntries(
      ['entityId', 'subject', 'question', 'legalBasis', 'indication', 'dueOn'].map((f) => [f, field(f)]),
    );
    const errors = errorsFromSchema(InformationRequestCreateSchema, requestBody({ subject: '   ' }), t, fields);
    expect(Object.keys(errors.fields).sort()).toEqual(['dueOn', 'entityId', 'legalBasis', 'question', 'subject']);
    expect(errors.fields.subject).toBe('Vul dit in.');
    for (const message of Object.values(errors.fields)) expect(message).not.toMatch(/invalid|expected|required/i);
  });

  it('an answer without text; a finding without observation or follow-up date', () => {
    expect(errorsFromSchema(RequestAnswerSchema, answerBody({ text: ' ' }), t).fields).toEqual({
      text: 'Vul dit in.',
    });
    const finding = errorsFromSchema(
      FindingCreateSchema,
      findingBody('0b1f3f5e-9d1c-4a43-9a0e-5f3c1f0f2a11', { severity: 'high' }),
      t,
    );
    expect(Object.keys(finding.fields).sort()).toEqual(['followUpDueOn', 'observation']);
  });

  it('asking for more needs a note and a new deadline; accepting needs neither', () => {
    expect(
      Object.keys(
        errorsFromSchema(RequestAssessmentSchema, assessmentBody({ decision: 'more-asked' }), t).fields,
      ).sort(),
    ).toEqual(['dueOn', 'note']);
    expect(errorsFromSchema(RequestAssessmentSchema, assessmentBody({ decision: 'accepted' }), t).fields).toEqual({});
    expect(answerBody({ text: ' Zie bijlage. ', includeMeasuresDossier: 'on' })).toEqual({
      text: 'Zie bijlage.',
      includeMeasuresDossier: true,
    });
  });
});
