// STIX 2.1 helpers that need no I/O: observables of an incident as indicators with patterns (STIX 2.1 §9,
// the STIX Patterning language), and the short title a list shows for any object.
import type { ObservableType } from '../incidents/observables.ts';
import { TLP_STIX_MARKING_IDS, type TlpLabel } from './tlp.ts';

/** A string literal in a STIX pattern: quotes and backslashes escaped (STIX 2.1 §9.2). */
export function stixPatternString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

const PATTERN_PATH: Record<ObservableType, string> = {
  ipv4: 'ipv4-addr:value',
  ipv6: 'ipv6-addr:value',
  domain: 'domain-name:value',
  url: 'url:value',
  md5: 'file:hashes.MD5',
  sha1: "file:hashes.'SHA-1'",
  sha256: "file:hashes.'SHA-256'",
  email: 'email-addr:value',
};

/** The STIX pattern that matches one observable: `[ipv4-addr:value = '192.0.2.10']`. */
export function stixPatternOf(type: ObservableType, value: string): string {
  return `[${PATTERN_PATH[type]} = ${stixPatternString(value)}]`;
}

export interface IndicatorInput {
  id: string;
  /** STIX timestamp, e.g. new Date().toISOString(). */
  at: string;
  type: ObservableType;
  value: string;
  description: string | null;
  tlp: TlpLabel;
  createdByRef?: string;
}

/** An indicator (STIX 2.1 §4.7) for one observable, marked with its TLP 2.0 marking definition. */
export function indicatorOf(input: IndicatorInput): Record<string, unknown> {
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: input.id,
    created: input.at,
    modified: input.at,
    ...(input.createdByRef ? { created_by_ref: input.createdByRef } : {}),
    name: `${input.type}: ${input.value}`.slice(0, 250),
    ...(input.description ? { description: input.description } : {}),
    indicator_types: ['malicious-activity'],
    pattern: stixPatternOf(input.type, input.value),
    pattern_type: 'stix',
    valid_from: input.at,
    object_marking_refs: [TLP_STIX_MARKING_IDS[input.tlp]],
  };
}

/** What a list shows of an object: its name, else an indicator's pattern, else a note's first words, else its id. */
export function stixTitleOf(object: Record<string, unknown>): string {
  const candidates = [object.name, object.pattern, object.abstract, object.content, object.definition_type];
  for (const c of candidates) if (typeof c === 'string' && c.trim() !== '') return c.trim().slice(0, 200);
  return typeof object.id === 'string' ? object.id : '';
}
