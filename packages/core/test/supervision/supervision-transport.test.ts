import { describe, expect, it } from 'vitest';
import { MessagePullResultSchema } from '../../src/crisis/requests.contracts.ts';
import {
  InformationRequestAnswerPayloadSchema,
  REMOTE_ANSWER_MAX_DOCUMENT_BYTES,
} from '../../src/supervision/supervision-transport.contracts.ts';

const answer = (contentBase64: string) => ({
  requestId: '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f',
  text: 'Zie bijlage.',
  answeredBy: 'risk@waterbedrijf.test',
  answeredAt: '2026-12-07T10:00:00.000Z',
  documents: [
    { kind: 'upload', fileName: 'beleid.txt', mediaType: 'text/plain', sha256: 'a'.repeat(64), contentBase64 },
  ],
});

describe('what crosses between a supervisor and an entity on another installation', () => {
  it('carries documents as base64 up to the limit of one answer, and no further', () => {
    const atLimit = Buffer.alloc(REMOTE_ANSWER_MAX_DOCUMENT_BYTES).toString('base64');
    expect(InformationRequestAnswerPayloadSchema.safeParse(answer(atLimit)).success).toBe(true);
    const over = Buffer.alloc(REMOTE_ANSWER_MAX_DOCUMENT_BYTES + 3).toString('base64');
    expect(InformationRequestAnswerPayloadSchema.safeParse(answer(over)).success).toBe(false);
    expect(InformationRequestAnswerPayloadSchema.safeParse(answer('niet base64!')).success).toBe(false);
  });

  it('keeps the pull answer readable both ways across versions', () => {
    // An authority of an older version sends no supervision lists: they are empty, not an error.
    expect(MessagePullResultSchema.parse({ messages: [] })).toEqual({
      messages: [],
      supervisionRequests: [],
      supervisionUpdates: [],
      supervisionFindings: [],
    });
    // An entity of an older version reads a newer answer: a list it does not know is dropped, not an error.
    expect(MessagePullResultSchema.parse({ messages: [], somethingNewer: [{ id: 'x' }] })).not.toHaveProperty(
      'somethingNewer',
    );
  });

  it("carries the supervisor's later steps: more asked with its new period, or accepted", () => {
    const step = {
      id: '7a1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f',
      requestId: '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f',
      step: 'more-asked',
      note: 'Ook het continuïteitsplan graag.',
      dueOn: '2026-12-20',
      at: '2026-12-07T10:00:00.000Z',
      by: 'analyst@inspectie.test',
    };
    const parsed = MessagePullResultSchema.parse({ messages: [], supervisionUpdates: [step] });
    expect(parsed.supervisionUpdates).toEqual([step]);
    expect(
      MessagePullResultSchema.safeParse({ messages: [], supervisionUpdates: [{ ...step, step: 'answer' }] }).success,
    ).toBe(false);
    expect(
      MessagePullResultSchema.safeParse({ messages: [], supervisionUpdates: [{ ...step, dueOn: '20-12-2026' }] })
        .success,
    ).toBe(false);
  });
});
