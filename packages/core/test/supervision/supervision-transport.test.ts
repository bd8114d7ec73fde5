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
    // An authority of an older version sends no supervision requests: the list is empty, not an error.
    expect(MessagePullResultSchema.parse({ messages: [] })).toEqual({ messages: [], supervisionRequests: [] });
  });
});
