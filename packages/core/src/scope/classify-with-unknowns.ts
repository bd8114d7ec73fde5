// The scope assessment when some answers are "unknown": which classifications are still possible, and on
// which unknown answers they depend. The wizard uses it to show a provisional outcome and to ask the
// questions that matter first.
//
// How: the regime's rules run with a fact reader that throws when it meets an unknown fact; the explorer
// then re-runs the rules once for every value that fact can take. Only facts a rule actually reads are
// forked on, and evaluation stops at the first essential finding, so the tree stays small (a few thousand
// leaves with every flag unknown) and the result is exact, not sampled.
import { EU_RULES } from './eu-rules.ts';
import { FACT_DOMAINS, type FactKey, type FactReader, type FactValues, type RuleContext } from './facts.ts';
import { NL_RULES } from './nl-rules.ts';
import { evaluateRegime, type Finding, type RegimeRules } from './rule.ts';
import { SCOPE_RULES_VERSION } from './rules-version.ts';
import { getEntityType, type EntityTypeEntry } from './sector-catalogue.ts';
import { UNKNOWN, type ScopeInputWithUnknowns } from './scope-input.schema.ts';
import {
  CLASSIFICATIONS,
  type ConditionalOutcome,
  type ConditionalRegimeOutcome,
  type ConditionalScopeResult,
} from './scope-result.schema.ts';
import { locationOf } from './classify.ts';
import { possibleSizeClassesOf, unknownSizeAnswers } from './size-assessment.ts';
import type { SizeClass } from './size-class.ts';

type Assignment = Partial<{ [K in FactKey]: FactValues[K] }>;
type Domains = { [K in FactKey]?: readonly FactValues[K][] };

class UnknownFact {
  readonly key: FactKey;
  constructor(key: FactKey) {
    this.key = key;
  }
}

type Tree = { kind: 'leaf'; finding: Finding; path: Assignment } | { kind: 'fork'; key: FactKey; children: Tree[] };

interface Subject {
  entity: EntityTypeEntry;
  location: RuleContext['location'];
}

function explore(rules: RegimeRules, subject: Subject, known: Assignment, domains: Domains): Tree {
  const grow = (assignment: Assignment, path: Assignment): Tree => {
    const read: FactReader = (key) => {
      if (key in assignment) return assignment[key] as FactValues[typeof key];
      throw new UnknownFact(key);
    };
    const ctx: RuleContext = { entity: subject.entity, read, location: subject.location };
    try {
      return { kind: 'leaf', finding: evaluateRegime(rules, ctx, false).decisive, path };
    } catch (e) {
      if (!(e instanceof UnknownFact)) throw e;
      const values = (domains[e.key] ?? []) as readonly unknown[];
      return {
        kind: 'fork',
        key: e.key,
        children: values.map((v) => grow({ ...assignment, [e.key]: v }, { ...path, [e.key]: v })),
      };
    }
  };
  return grow(known, {});
}

function leaves(tree: Tree): Extract<Tree, { kind: 'leaf' }>[] {
  return tree.kind === 'leaf' ? [tree] : tree.children.flatMap(leaves);
}

/**
 * The unknown facts whose answer can change the classification: K matters exactly when some leaf, with K
 * switched to another value, can reach a different classification. (A leaf fixes the class for every full
 * answer set that extends its path, and K only matters where it was read, i.e. on the path.)
 */
function relevantKeys(
  rules: RegimeRules,
  subject: Subject,
  known: Assignment,
  domains: Domains,
  tree: Tree,
): Set<FactKey> {
  const relevant = new Set<FactKey>();
  const all = leaves(tree);
  if (new Set(all.map((l) => l.finding.classification)).size < 2) return relevant;
  for (const leaf of all) {
    for (const key of Object.keys(leaf.path) as FactKey[]) {
      if (relevant.has(key)) continue;
      for (const other of (domains[key] ?? []) as readonly unknown[]) {
        if (other === leaf.path[key]) continue;
        const flipped = explore(rules, subject, { ...known, ...leaf.path, [key]: other }, domains);
        if (leaves(flipped).some((l) => l.finding.classification !== leaf.finding.classification)) {
          relevant.add(key);
          break;
        }
      }
    }
  }
  return relevant;
}

function conditionPath(key: FactKey): string {
  return key === 'size_class' ? 'size_class' : `flags.${key}`;
}

function summarise(
  rules: RegimeRules,
  subject: Subject,
  known: Assignment,
  domains: Domains,
  unknownFigures: readonly string[],
): ConditionalRegimeOutcome {
  const tree = explore(rules, subject, known, domains);
  const all = leaves(tree);
  const best = new Map<string, ConditionalOutcome>();
  for (const leaf of all) {
    const id = `${leaf.finding.classification}\u0000${leaf.finding.decided_by}`;
    const when = Object.fromEntries(
      Object.entries(leaf.path).map(([k, v]) => [conditionPath(k as FactKey), v as string | boolean | null]),
    );
    const current = best.get(id);
    if (!current || Object.keys(when).length < Object.keys(current.when).length) {
      best.set(id, { classification: leaf.finding.classification, decided_by: leaf.finding.decided_by, when });
    }
  }
  const outcomes = [...best.values()];
  const possible = CLASSIFICATIONS.filter((c) => outcomes.some((o) => o.classification === c));
  const depends_on = [...relevantKeys(rules, subject, known, domains, tree)]
    .flatMap((k) => (k === 'size_class' ? unknownFigures : [`flags.${k}`]))
    .sort();
  const single = possible.length === 1 ? possible[0] : undefined;
  const decidedBy = new Set(outcomes.map((o) => o.decided_by));
  return {
    possible,
    classification: single ?? null,
    decided_by: single !== undefined && decidedBy.size === 1 ? (outcomes[0]?.decided_by ?? null) : null,
    depends_on,
    outcomes,
  };
}

/**
 * Classify an input in which figures and flags may be 'unknown' (parse it with
 * ScopeInputWithUnknownsSchema first). With no unknowns it agrees with classifyScope.
 */
export function classifyWithUnknowns(input: ScopeInputWithUnknowns): ConditionalScopeResult {
  const subject: Subject = { entity: getEntityType(input.entity_type_ref), location: locationOf(input) };
  const known: Assignment = {};
  const domains: Domains = {};

  const sizes: SizeClass[] = possibleSizeClassesOf(input);
  if (sizes.length === 1) known.size_class = sizes[0];
  else domains.size_class = sizes;
  // The unknown size answers (figures, group, previous period) act only through the size class.
  const unknownFigures = unknownSizeAnswers(input);

  for (const key of Object.keys(FACT_DOMAINS) as (keyof typeof FACT_DOMAINS)[]) {
    const value = input.flags[key];
    if (value === UNKNOWN) (domains as Record<string, unknown>)[key] = FACT_DOMAINS[key];
    else (known as Record<string, unknown>)[key] = value;
  }

  const eu = summarise(EU_RULES, subject, known, domains, unknownFigures);
  const nl = summarise(NL_RULES, subject, known, domains, unknownFigures);
  return {
    rules_version: SCOPE_RULES_VERSION,
    eu,
    nl,
    possible_size_classes: sizes,
    depends_on: [...new Set([...eu.depends_on, ...nl.depends_on])].sort(),
  };
}
