// Escalation levels and decision-making structures of crisis coordination, as configurable data per authority
// organisation. The minister of J&V is the cyber crisis management authority (Cbw art. 18; NIS2 Art. 9(1)) and
// adopts the national plan for large-scale cybersecurity incidents and crises (Cbw art. 20; NIS2 Art. 9(4)):
// the Landelijk Crisisplan Digitaal (LCP-D). Its own escalation levels could not be verified
// (../shared/domain/nis2-cer-reference.md §6.5), so these are defaults an organisation may change, not law.
import { z } from 'zod';
import { TextSchema } from '../platform/input.contracts.ts';

const KeySchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'lowercase letters, digits and hyphens');

export const CrisisLevelDefinitionSchema = z
  .object({
    key: KeySchema,
    label: TextSchema.trim().min(1).max(100),
    /** Higher is more severe; the order of escalation. */
    rank: z.int().min(0).max(100),
  })
  .strict();
export type CrisisLevelDefinition = z.infer<typeof CrisisLevelDefinitionSchema>;

export const CrisisStructureDefinitionSchema = z
  .object({ key: KeySchema, label: TextSchema.trim().min(1).max(200) })
  .strict();
export type CrisisStructureDefinition = z.infer<typeof CrisisStructureDefinitionSchema>;

/** A sitrep rhythm between 15 minutes and a week (minutes). */
export const SitrepIntervalSchema = z.int().min(15).max(10_080);

export const CrisisSettingsSchema = z
  .object({
    levels: z
      .array(CrisisLevelDefinitionSchema)
      .min(2)
      .max(12)
      .superRefine((levels, ctx) => {
        const keys = new Set<string>();
        const ranks = new Set<number>();
        levels.forEach((level, i) => {
          if (keys.has(level.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: 'duplicate level key' });
          if (ranks.has(level.rank)) ctx.addIssue({ code: 'custom', path: [i, 'rank'], message: 'duplicate rank' });
          keys.add(level.key);
          ranks.add(level.rank);
        });
      }),
    structures: z
      .array(CrisisStructureDefinitionSchema)
      .max(30)
      .superRefine((structures, ctx) => {
        const keys = new Set<string>();
        structures.forEach((s, i) => {
          if (keys.has(s.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: 'duplicate structure key' });
          keys.add(s.key);
        });
      }),
    defaultSitrepIntervalMinutes: SitrepIntervalSchema,
  })
  .strict();
export type CrisisSettings = z.infer<typeof CrisisSettingsSchema>;

/**
 * The reference's suggested levels (§6.5 design tip): normal → heightened → incident → crisis (regional) →
 * crisis (national). "normal" is where a crisis ends; declaring needs a level above it.
 */
export const DEFAULT_CRISIS_LEVELS: readonly CrisisLevelDefinition[] = [
  { key: 'normal', label: 'Normaal', rank: 0 },
  { key: 'heightened', label: 'Verhoogde paraatheid', rank: 1 },
  { key: 'incident', label: 'Incident', rank: 2 },
  { key: 'crisis-regional', label: 'Crisis (regionaal)', rank: 3 },
  { key: 'crisis-national', label: 'Crisis (nationaal)', rank: 4 },
];

/**
 * National crisis decision-making (Nationaal Handboek Crisisbesluitvorming; reference §6.5, secondary sources):
 * the structures a crisis can feed. Defaults, changeable per organisation.
 */
export const DEFAULT_CRISIS_STRUCTURES: readonly CrisisStructureDefinition[] = [
  { key: 'mccb', label: 'Ministeriële Commissie Crisisbeheersing (MCCb)' },
  { key: 'iccb', label: 'Interdepartementale Commissie Crisisbeheersing (ICCb)' },
  { key: 'iao', label: 'Interdepartementaal Afstemmingsoverleg (IAO)' },
  { key: 'ncc', label: 'Nationaal Crisiscentrum (NCC)' },
  { key: 'nkc', label: 'Nationaal Kernteam Crisiscommunicatie (NKC)' },
  { key: 'locc', label: 'Landelijk Operationeel Coördinatiecentrum (LOCC)' },
];

/** Every 4 hours unless the organisation or the crisis says otherwise. */
export const DEFAULT_SITREP_INTERVAL_MINUTES = 240;

export const DEFAULT_CRISIS_SETTINGS: CrisisSettings = {
  levels: [...DEFAULT_CRISIS_LEVELS],
  structures: [...DEFAULT_CRISIS_STRUCTURES],
  defaultSitrepIntervalMinutes: DEFAULT_SITREP_INTERVAL_MINUTES,
};

/** The lowest level: the normal state, where no crisis is declared. */
export function baseLevel(levels: readonly CrisisLevelDefinition[]): CrisisLevelDefinition {
  return levels.reduce((low, l) => (l.rank < low.rank ? l : low));
}

/** Levels a crisis can be declared at or moved to while it runs: all above the base level. */
export function declarableLevels(levels: readonly CrisisLevelDefinition[]): CrisisLevelDefinition[] {
  const base = baseLevel(levels);
  return [...levels].filter((l) => l.rank > base.rank).sort((a, b) => a.rank - b.rank);
}

/** Whether moving from one level to another escalates (higher rank) or de-escalates; undefined for unknown keys or no change. */
export function levelDirection(
  levels: readonly CrisisLevelDefinition[],
  from: string,
  to: string,
): 'escalated' | 'de-escalated' | undefined {
  const a = levels.find((l) => l.key === from);
  const b = levels.find((l) => l.key === to);
  if (!a || !b || a.rank === b.rank) return undefined;
  return b.rank > a.rank ? 'escalated' : 'de-escalated';
}
