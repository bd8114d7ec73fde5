import type { FastifyInstance } from 'fastify';
import type { RegistrationInput } from '@weerbaar/core/registration';
import { expect } from 'vitest';
import type { Db } from '../../src/db/database.ts';
import { JobRunner } from '../../src/jobs/job-runner.ts';
import { JOBS } from '../../src/modules.ts';
import { DELIVER_JOB_KIND } from '../../src/repositories/submission-outbox.repository.ts';
import { testDeps, type TestClient } from './test-client.ts';

/** A valid registration; override what a test is about. */
export function validRegistration(overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  return {
    name: 'Ziekenhuis Testlicht',
    kvkNumber: '12345678',
    addresses: [
      {
        type: 'main',
        street: 'Hoofdstraat',
        houseNumber: '1',
        postcode: '3511ab',
        city: 'Utrecht',
        province: 'utrecht',
      },
    ],
    contacts: [{ role: 'security', name: 'Ada CISO', email: 'ciso@ziekenhuis.example', phone: '030-1234567' }],
    entityTypes: ['I.5.1'],
    memberStates: ['NL'],
    publicIpRanges: ['192.0.2.0/24', '2001:db8::/32'],
    classification: { eu: 'essential', nl: 'essential' },
    ...overrides,
  };
}

/** Listens on a free loopback port, so a delivery job's HTTP POST reaches this app. */
export async function listenOnLoopback(app: FastifyInstance, port = 0): Promise<string> {
  await app.listen({ host: '127.0.0.1', port });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

/** A job runner with only the delivery handler and a short backoff (no waiting minutes in tests). */
export function deliveryRunner(db: Db, backoff = 20): JobRunner {
  const jobs = JOBS.filter((job) => job.kind === DELIVER_JOB_KIND);
  return new JobRunner(testDeps(db), { jobs, backoffMs: () => backoff });
}

/** Runs the delivery jobs until none is due. */
export async function deliverAll(db: Db): Promise<void> {
  const runner = deliveryRunner(db);
  while (await runner.runOne()) {
    // keep going until no due delivery is left
  }
}

/** A submitter token of the authority and the entity's delivery target pointing at it. */
export async function connectToAuthority(
  app: FastifyInstance,
  authorityOwner: TestClient,
  entityOwner: TestClient,
  url: string,
): Promise<string> {
  const created = await authorityOwner.post('/api/v1/api-tokens', { name: 'Aanlevering', role: 'submitter' });
  expect(created.statusCode).toBe(201);
  const token = created.json().token as string;
  const target = await entityOwner.put('/api/v1/delivery-target', { authorityUrl: url, apiToken: token });
  expect(target.statusCode, target.body).toBe(200);
  return token;
}
