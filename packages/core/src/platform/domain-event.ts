// What every area uses to declare its domain events: the audit action names and the facts each event
// carries. An area lists its events in `<area>.events.ts` with `defineEvents`; core/src/events joins
// them into the closed set of audit actions. The data type is a phantom: no runtime cost, full typing.

declare const dataType: unique symbol;

/** A declared domain event whose facts have type T (type-level only). */
export interface EventSpec<T> {
  readonly [dataType]?: T;
}

/** Declares one event carrying facts of type T. */
export const event = <T extends Record<string, unknown> = Record<string, never>>(): EventSpec<T> => ({});

/** Declares an area's events; keys are audit actions written `<subject>.<past-tense-verb>`. */
export const defineEvents = <const E extends Record<`${string}.${string}`, EventSpec<Record<string, unknown>>>>(
  events: E,
): E => events;

export type EventDataOf<S> = S extends EventSpec<infer T> ? T : never;
