import type { AuthorityKinds } from '@weerbaar/core/supervision';
import {
  listActsFor,
  listAuthorityKinds,
  replaceActsFor,
  replaceAuthorityKinds,
} from '../../repositories/supervision.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';

/** Trimmed, single-spaced, de-duplicated without regard to case (the intake compares names so), sorted. */
function normaliseNames(names: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (name && !byKey.has(name.toLocaleLowerCase('nl'))) byKey.set(name.toLocaleLowerCase('nl'), name);
  }
  return [...byKey.values()].sort();
}

/**
 * What this authority organisation is: competent authority, CSIRT and/or supervisor (several allowed), and
 * which competent authorities (Cbw art. 15) it acts for; the intake refuses reports meant for another
 * (core delivery/addressee.ts). Names left out of the request stay as they are.
 */
export const setAuthorityKinds = defineUseCase({
  actions: ['supervision.authority-kinds-set'],
  async run({ trx, record, unchanged }, ctx: OrgActor, input: AuthorityKinds): Promise<AuthorityKinds> {
    authorize(ctx, 'manage', { type: 'authority-profile', orgId: ctx.orgId }, 'Authority');
    const kinds = [...new Set(input.kinds)].sort();
    const before = await listAuthorityKinds(trx, ctx.orgId);
    const actsForBefore = await listActsFor(trx, ctx.orgId);
    const competentAuthorities =
      input.competentAuthorities === undefined ? actsForBefore : normaliseNames(input.competentAuthorities);
    if (before.join() === kinds.join() && actsForBefore.join('\n') === competentAuthorities.join('\n')) {
      unchanged();
      return { kinds, competentAuthorities };
    }
    await replaceAuthorityKinds(trx, ctx.orgId, kinds);
    await replaceActsFor(trx, ctx.orgId, competentAuthorities);
    await record(
      'supervision.authority-kinds-set',
      {
        subjectType: 'organisation',
        subjectId: ctx.orgId,
        before: { kinds: before, competentAuthorities: actsForBefore },
        after: { kinds, competentAuthorities },
        // The names themselves, readable in the audit trail (before/after are kept as digests only).
        details: { kinds, competentAuthorities, competentAuthoritiesBefore: actsForBefore },
      },
      { kinds, competentAuthorities },
    );
    return { kinds, competentAuthorities };
  },
});
