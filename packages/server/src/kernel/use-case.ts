// The one way to write a mutation. A use case names the audit actions it may record (a closed set in
// core/events), may validate its input, runs in the one transaction the runner owns, and records each
// change with `record`: the audit event is appended to the organisation's hash chain and the typed
// domain event is dispatched to the modules' subscribers, all in that same transaction — the change,
// its audit trail and every reaction commit together or not at all.
//
//   export const createAsset = defineUseCase({
//     actions: ['asset.created'],
//     async run({ trx, record }, ctx: OrgActor, input: AssetCreate) {
//       const row = await insertAsset(trx, …);
//       await record('asset.created', { subjectType: 'asset', subjectId: row.id, after: presentAsset(row) }, {});
//       return presentAsset(row);
//     },
//   });
//   await createAsset(deps, ctx, input);
import type { AuditAction, EventData } from '@weerbaar/core/events';
import { DomainError, invalidParamsFromZod } from '@weerbaar/core/platform';
import type { z } from 'zod';
import type { Config } from '../config.ts';
import { inTransaction, type Trx } from '../db/database.ts';
import type { AuditEventRow } from '../db/schema.ts';
import type { Actor, OrgActor } from './actor.ts';
import { recordAuditEvents, type AuditInput } from './record-audit-event.ts';
import type { Deps, Log } from './deps.ts';
import type { DomainEvent } from './domain-events.ts';

/** What is on the record about one change (the audit event minus its action). */
export interface AuditFacts {
  /** The chain: defaults to the acting organisation of an OrgActor; null is the platform chain. */
  orgId?: string | null;
  subjectType: string;
  subjectId?: string | null;
  before?: unknown;
  after?: unknown;
  details?: Record<string, unknown>;
  /** Who did it, when it is not the caller (an intake batch holds several senders' work). */
  actor?: Actor;
}

export interface UseCaseScope<A extends AuditAction> {
  trx: Trx;
  /** The clock reading of this use case: one "now" for every rule and timestamp in it. */
  now: Date;
  config: Config;
  log: Log;
  /** Appends the audit event and queues the domain event of one change. */
  record<K extends A>(action: K, facts: AuditFacts, data: EventData<K>): Promise<AuditEventRow>;
  /** Appends several changes of one action to one chain with one lock on its head. */
  recordAll<K extends A>(
    action: K,
    changes: readonly { facts: AuditFacts; data: EventData<K> }[],
  ): Promise<AuditEventRow[]>;
  /** Declares that this run changed nothing (an idempotent repeat), so it records nothing. */
  unchanged(): void;
}

export interface UseCaseDefinition<C extends OrgActor | Actor, I, O, A extends AuditAction> {
  /** The audit actions this use case may record. */
  actions: readonly A[];
  /** Validates the input before the transaction opens; problems name the field under `inputName`. */
  input?: z.ZodType<I, unknown>;
  /** How invalid fields are named in the problem (default 'body', as most inputs are request bodies). */
  inputName?: string;
  run(scope: UseCaseScope<A>, ctx: C, input: I): Promise<O>;
}

export type UseCase<C extends OrgActor | Actor, I, O, A extends AuditAction = AuditAction> = ((
  deps: Deps,
  ctx: C,
  input: I,
) => Promise<O>) & { readonly definition: UseCaseDefinition<C, I, O, A> };

const isOrgActor = (ctx: OrgActor | Actor): ctx is OrgActor => 'actor' in ctx;

export function defineUseCase<C extends OrgActor | Actor, I, O, A extends AuditAction>(
  definition: UseCaseDefinition<C, I, O, A>,
): UseCase<C, I, O, A> {
  const run = (deps: Deps, ctx: C, input: I) => executeUseCase(deps, definition, ctx, input);
  return Object.assign(run, { definition });
}

/**
 * Runs a use case. `alsoInTransaction` lets the job runner complete its job in the same transaction,
 * so a job's effects and its completion commit together.
 */
export async function executeUseCase<C extends OrgActor | Actor, I, O, A extends AuditAction>(
  deps: Deps,
  definition: UseCaseDefinition<C, I, O, A>,
  ctx: C,
  rawInput: I,
  alsoInTransaction?: (trx: Trx) => Promise<void>,
): Promise<O> {
  let input = rawInput;
  if (definition.input) {
    const parsed = definition.input.safeParse(rawInput);
    if (!parsed.success) {
      const problems = invalidParamsFromZod(parsed.error, definition.inputName ?? 'body');
      throw new DomainError('validation_failed', problems.map((p) => `${p.name}: ${p.reason}`).join('; '), problems);
    }
    input = parsed.data;
  }
  const actor: Actor = isOrgActor(ctx) ? ctx.actor : (ctx as Actor);
  const chainOf = (facts: AuditFacts): string | null => {
    if (facts.orgId !== undefined) return facts.orgId;
    if (isOrgActor(ctx)) return ctx.orgId;
    throw new Error('a use case without an acting organisation must name the audit chain (orgId)');
  };

  const body = async (trx: Trx): Promise<O> => {
    const events: DomainEvent[] = [];
    let unchanged = false;
    const recordAll = async <K extends A>(
      action: K,
      changes: readonly { facts: AuditFacts; data: EventData<K> }[],
    ): Promise<AuditEventRow[]> => {
      if (!definition.actions.includes(action)) {
        throw new Error(`use case records ${action}, which it does not declare in its actions`);
      }
      if (changes.length === 0) return [];
      // Each change names its own chain; recordAuditEvents refuses a batch that spans several.
      const inputs: (AuditInput & { actor?: Actor })[] = changes.map(({ facts }) => ({
        orgId: chainOf(facts),
        action,
        subjectType: facts.subjectType,
        subjectId: facts.subjectId ?? null,
        before: facts.before,
        after: facts.after,
        details: facts.details,
        actor: facts.actor,
      }));
      const rows = await recordAuditEvents(trx, actor, inputs);
      rows.forEach((row, i) => {
        const { facts, data } = changes[i]!;
        events.push({
          action,
          orgId: inputs[i]!.orgId,
          actor: facts.actor ?? actor,
          subjectType: facts.subjectType,
          subjectId: facts.subjectId ?? null,
          occurredAt: row.occurred_at,
          auditHash: row.hash,
          data,
        } as DomainEvent);
      });
      return rows;
    };
    const scope: UseCaseScope<A> = {
      trx,
      now,
      config: deps.config,
      log: deps.log,
      record: async (action, facts, data) => (await recordAll(action, [{ facts, data }]))[0]!,
      recordAll,
      unchanged: () => {
        unchanged = true;
      },
    };
    const result = await definition.run(scope, ctx, input);
    if (events.length === 0 && !unchanged) {
      throw new Error(
        `use case (${definition.actions.join(', ')}) recorded no audit event and did not say unchanged()`,
      );
    }
    await deps.events.dispatch({ trx, now, config: deps.config, log: deps.log }, events);
    await alsoInTransaction?.(trx);
    return result;
  };
  const now = deps.clock.now();
  return inTransaction(deps.db, body);
}
