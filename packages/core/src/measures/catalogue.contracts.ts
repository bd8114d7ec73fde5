// The shape every catalogue of measures has, whatever its source: NIS2 Art. 21(2), the Annex of
// Implementing Regulation (EU) 2024/2690, CER Art. 13(1), BIO2, NEN 7510, ISO/IEC 27001 Annex A, or an
// OSCAL catalog an organisation imports. One implemented measure counts everywhere it applies through
// the crosswalk (crosswalk.ts), so requirement ids are unique across all catalogues.
import { z } from 'zod';

/** A catalogue's id: lower-case kebab, the prefix of every requirement id (`nis2-art21`, `bio2`). */
export const CatalogueIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/)
  .max(100);
export type CatalogueId = z.infer<typeof CatalogueIdSchema>;

/** `<framework id>:<requirement ref>`, e.g. `nis2-art21:a`, `ir-2024-2690:6.6`, `iso27001-2022:A.5.1`. */
export const RequirementIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+:[A-Za-z0-9.()_-]+$/)
  .max(120);
export type RequirementId = z.infer<typeof RequirementIdSchema>;

/**
 * Where a catalogue's text comes from. `text: 'full'` — we ship the (public, reusable) text;
 * `'identifiers-only'` — a copyrighted standard: we ship identifiers and our own short titles, and the
 * organisation may paste its licensed text beside them.
 */
export interface CatalogueSource {
  citation: string;
  url?: string;
  version: string;
  text: 'full' | 'identifiers-only';
  /** Parts the project's legal reference marks as not verified against the official text. */
  unverified?: string;
}

export interface Requirement {
  id: RequirementId;
  /** As the source numbers it: `Art. 21(2)(a)`, `6.6`, `A.5.1`. */
  ref: string;
  /** Dutch title (for identifiers-only catalogues: our own short title, never the standard's text). */
  title: string;
  /** Dutch explanation in plain words (B1), where we may ship one. */
  description?: string;
}

export interface CatalogueSection {
  ref: string;
  title: string;
  requirements: readonly Requirement[];
}

export interface Catalogue {
  /** Stable id, lower-case kebab: the prefix of every requirement id. */
  id: string;
  title: string;
  source: CatalogueSource;
  sections: readonly CatalogueSection[];
}

/** One crosswalk line: implementing `from` counts (wholly or partly) towards `to`, on `source`'s authority. */
export interface RequirementMapping {
  from: RequirementId;
  to: RequirementId;
  source: string;
}
