// Accepting a risk is a decision someone answers for: it needs permission risk:accept (a person with the
// owner, admin or risk-manager role; never an API token — core roles.ts) and it is recorded on its own as
// 'risk.accepted' with who accepted and why. A changed reason or owner is a new acceptance.
import type { TreatmentInput } from '@weerbaar/core/risk';
import type { RiskRow } from '../../db/schema-risk.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';

export interface AcceptanceValues {
  accepted_by: string | null;
  accepted_by_name: string | null;
  accepted_at: Date | null;
}

export function acceptanceOf(
  ctx: OrgActor,
  before: RiskRow | undefined,
  treatment: TreatmentInput | null,
  now: Date,
): { values: AcceptanceValues; accepted: boolean } {
  if (treatment?.strategy !== 'accept') {
    return { values: { accepted_by: null, accepted_by_name: null, accepted_at: null }, accepted: false };
  }
  const unchanged =
    before?.treatment_strategy === 'accept' &&
    before.accepted_at !== null &&
    before.treatment_justification === treatment.justification &&
    before.treatment_owner === treatment.owner;
  if (unchanged) {
    return {
      values: {
        accepted_by: before.accepted_by,
        accepted_by_name: before.accepted_by_name,
        accepted_at: before.accepted_at,
      },
      accepted: false,
    };
  }
  authorize(ctx, 'accept', { type: 'risk', orgId: ctx.orgId }, 'Risk');
  return {
    values: {
      accepted_by: ctx.actor.type === 'user' ? ctx.actor.userId : null,
      accepted_by_name: ctx.actor.label,
      accepted_at: now,
    },
    accepted: true,
  };
}

export const treatmentValues = (t: TreatmentInput | null) => ({
  treatment_strategy: t?.strategy ?? null,
  treatment_owner: t?.owner ?? null,
  treatment_due_on: t?.dueOn ?? null,
  treatment_justification: t?.justification ?? null,
});
