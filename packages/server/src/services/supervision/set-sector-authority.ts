import { invalidField } from '@weerbaar/core/platform';
import { CONFIGURABLE_SECTORS, type SectorAuthority, type SectorAuthorityUpdate } from '@weerbaar/core/supervision';
import { saveSectorAuthority } from '../../repositories/supervision.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { sectorAuthorities } from './supervision-queries.ts';

/**
 * Sets this organisation's competent authority and supervisor for one sector, over core's defaults (null:
 * back to the default). The supervisors are designated by decision of the competent authority (Cbw art. 68(1)),
 * not by the law, so the table is data each installation keeps current.
 */
export const setSectorAuthority = defineUseCase({
  actions: ['supervision.sector-authority-set'],
  async run({ trx, now, record }, ctx: OrgActor, input: SectorAuthorityUpdate): Promise<SectorAuthority> {
    authorize(ctx, 'manage', { type: 'authority-profile', orgId: ctx.orgId }, 'Authority');
    if (!CONFIGURABLE_SECTORS.includes(input.sector))
      throw invalidField('body.sector', 'is not a sector of the catalogue');
    const [before] = await sectorAuthorities(trx, ctx, [input.sector]);
    await saveSectorAuthority(
      trx,
      ctx.orgId,
      input.sector,
      { competent_authority: input.competentAuthority, supervisor: input.supervisor },
      now,
    );
    const [after] = await sectorAuthorities(trx, ctx, [input.sector]);
    await record(
      'supervision.sector-authority-set',
      { subjectType: 'organisation', subjectId: ctx.orgId, before, after, details: { sector: input.sector } },
      { sector: input.sector },
    );
    return after!;
  },
});
