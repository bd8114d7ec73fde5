// Job 'platform.prune': nightly retention (prune-finished-work.ts).
import { z } from 'zod';
import { defineJob } from '../../jobs/job-definition.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { NIGHTLY_KINDS } from './nightly.ts';
import { pruneFinishedWork } from './prune-finished-work.ts';

export const pruneJob = defineJob({
  kind: NIGHTLY_KINDS.prune,
  payload: z.object({}),
  lane: 'internal',
  run: async ({ complete }) => void (await complete(pruneFinishedWork, SYSTEM_ACTOR, null)),
});
