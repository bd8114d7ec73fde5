// Who may bring advisories in and who may publish them (route permissions, checked again here for every
// other caller: CLI, jobs). Importing an advisory for one's own organisation is acting on shared
// information (information:share: not the read-only auditor); publishing for everyone is the authority's
// (authority:triage).
import { forbidden, hasPermission } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import { policyActorOf } from '../../kernel/authorize.ts';

export function assertMayImportAdvisories(ctx: OrgActor): void {
  if (!hasPermission(policyActorOf(ctx), 'information:share')) throw forbidden();
}

export function assertMayPublishAdvisories(ctx: OrgActor): void {
  if (!hasPermission(policyActorOf(ctx), 'authority:triage')) throw forbidden();
}
