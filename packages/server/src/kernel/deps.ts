// What every use case, job and route receives explicitly instead of reading globals or the environment.
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { DomainEvents } from './domain-events.ts';

/** Structured logging, the subset of pino the services use. */
export interface Log {
  info(extra: Record<string, unknown>, message: string): void;
  warn(extra: Record<string, unknown>, message: string): void;
  error(extra: Record<string, unknown>, message: string): void;
}

/** The wall clock, passed in so tests drive time instead of sleeping. */
export interface Clock {
  now(): Date;
}

export const SYSTEM_CLOCK: Clock = { now: () => new Date() };

export const SILENT_LOG: Log = { info() {}, warn() {}, error() {} };

export interface Deps {
  db: Db;
  config: Config;
  /** The subscribers every module registered at start-up (modules.ts). */
  events: DomainEvents;
  log: Log;
  clock: Clock;
}
