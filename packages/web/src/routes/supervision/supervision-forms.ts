// The supervision forms' values as the contracts take them (issue 15 item 3): read from the submitted form,
// checked with the same zod schema as the API (useFormErrors → errors per field, in Dutch) before sending.
import type {
  FindingCreate,
  InformationRequestCreate,
  LegalBasis,
  RequestAnswer,
  RequestAssessment,
} from '@weerbaar/core/supervision';

type Values = Record<string, string | undefined>;
const text = (v: Values, name: string) => (v[name] ?? '').trim();

export function requestBody(v: Values): InformationRequestCreate {
  return {
    entityId: text(v, 'entityId'),
    subject: text(v, 'subject'),
    question: text(v, 'question'),
    legalBasis: text(v, 'legalBasis') as LegalBasis,
    indication: text(v, 'indication') || null,
    dueOn: text(v, 'dueOn'),
    asksMeasuresDossier: v.asksMeasuresDossier === 'on',
  };
}

export function answerBody(v: Values): RequestAnswer {
  return { text: text(v, 'text'), includeMeasuresDossier: v.includeMeasuresDossier === 'on' };
}

export function assessmentBody(v: Values): RequestAssessment {
  return v.decision === 'more-asked'
    ? { decision: 'more-asked', note: text(v, 'note'), dueOn: text(v, 'dueOn') }
    : { decision: 'accepted', note: text(v, 'note') };
}

export function findingBody(entityId: string, v: Values): FindingCreate {
  return {
    entityId,
    observation: text(v, 'observation'),
    severity: text(v, 'severity') as FindingCreate['severity'],
    followUpDueOn: text(v, 'followUpDueOn'),
    requestId: null,
  };
}
