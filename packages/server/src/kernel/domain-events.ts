// Domain events are the seams between modules: a use case records what happened (audit action + facts)
// and the subscribers of other modules react in the same transaction (timeline entries, reminder
// rescheduling, delivery follow-ups). Modules register their subscribers at start-up (modules.ts);
// no module imports another to call it.
import type { AuditAction, EventData } from '@weerbaar/core/events';
import type { Config } from '../config.ts';
import type { Trx } from '../db/database.ts';
import type { Actor } from './actor.ts';
import type { Log } from './deps.ts';

export interface DomainEvent<A extends AuditAction = AuditAction> {
  action: A;
  /** The organisation's chain the audit event went to; null for the platform chain. */
  orgId: string | null;
  actor: Actor;
  subjectType: string;
  subjectId: string | null;
  occurredAt: Date;
  /** The audit event's hash: the event is on the record. */
  auditHash: string;
  data: EventData<A>;
}

/** What a subscriber works with: the use case's transaction and clock reading. */
export interface SubscriberScope {
  trx: Trx;
  now: Date;
  config: Config;
  log: Log;
}

/** Reacts to events of one action; receives every such event of the transaction, in order. */
export type Subscriber<A extends AuditAction> = (
  scope: SubscriberScope,
  events: readonly DomainEvent<A>[],
) => Promise<void>;

type AnySubscriber = (scope: SubscriberScope, events: readonly DomainEvent[]) => Promise<void>;

export class DomainEvents {
  private readonly subscribers = new Map<AuditAction, { name: string; run: AnySubscriber }[]>();

  /**
   * Subscribes to one action. The name makes a double registration an error and failures legible.
   * A subscriber that throws rolls back the whole use case: the reaction is part of the change.
   */
  on<A extends AuditAction>(action: A, name: string, subscriber: Subscriber<A>): this {
    const list = this.subscribers.get(action) ?? [];
    if (list.some((s) => s.name === name)) throw new Error(`subscriber ${name} is already registered for ${action}`);
    list.push({ name, run: subscriber as unknown as AnySubscriber });
    this.subscribers.set(action, list);
    return this;
  }

  /** Subscribes to each event of an action one at a time. */
  onEach<A extends AuditAction>(
    action: A,
    name: string,
    subscriber: (scope: SubscriberScope, event: DomainEvent<A>) => Promise<void>,
  ): this {
    return this.on(action, name, async (scope, events) => {
      for (const e of events) await subscriber(scope, e);
    });
  }

  /**
   * Delivers the transaction's events: grouped per action in the order each action first occurred, so a
   * subscriber can handle a batch (the authority intake) with one query.
   */
  async dispatch(scope: SubscriberScope, events: readonly DomainEvent[]): Promise<void> {
    const groups = new Map<AuditAction, DomainEvent[]>();
    for (const e of events) {
      const group = groups.get(e.action);
      if (group) group.push(e);
      else groups.set(e.action, [e]);
    }
    for (const [action, group] of groups) {
      for (const s of this.subscribers.get(action) ?? []) await s.run(scope, group);
    }
  }
}
