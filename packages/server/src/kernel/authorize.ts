// Services ask core's policies (core/src/platform/policies.ts) before they show or change an object.
import {
  can,
  forbidden,
  notFound,
  type PolicyAction,
  type PolicyActor,
  type Subject,
  type SubjectType,
} from '@weerbaar/core/platform';
import type { Actor, OrgActor } from './actor.ts';

export function policyActorOf(ctx: OrgActor | Actor): PolicyActor {
  if ('actor' in ctx) {
    return {
      orgId: ctx.orgId,
      role: ctx.role,
      orgKind: ctx.orgKind,
      userId: ctx.actor.type === 'user' ? ctx.actor.userId : null,
    };
  }
  return { orgId: ctx.orgId, role: ctx.role, orgKind: ctx.orgKind, userId: ctx.type === 'user' ? ctx.userId : null };
}

/**
 * Throws unless the policy allows it. Who may not even read the object gets "not found", so its existence
 * does not leak; who may read but not do this gets "forbidden".
 */
export function authorize<T extends SubjectType>(
  ctx: OrgActor | Actor,
  action: PolicyAction<T>,
  subject: Subject<T>,
  what: string,
): void {
  const actor = policyActorOf(ctx);
  if (can(actor, action, subject)) return;
  const readable = action !== 'read' && can(actor, 'read' as PolicyAction<T>, subject);
  if (!readable) throw notFound(what);
  throw forbidden(`Your role does not allow this on this ${what.toLowerCase()}`);
}
