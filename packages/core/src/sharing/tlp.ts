// Traffic Light Protocol 2.0 (FIRST, August 2022): who may receive a shared object. Every object the sharing
// module holds carries one label, and every read path (API, UI, TAXII, exports, search, notifications, PDF)
// asks the same question of it. Facts and STIX ids: ../shared/standards/tlp-2.0.md (source:
// oasis-open/cti-stix-common-objects, extension-definition-specifications/tlp-2.0/).
import { z } from 'zod';
import { TlpLabelSchema, type TlpLabel } from '../platform/tlp.ts';

// The labels are the platform's one schema (platform/tlp.ts, also used by the object policies).
export { TlpLabelSchema, type TlpLabel };
/** From the widest to the narrowest audience (the schema's order). */
export const TLP_LABELS = TlpLabelSchema.options;

/** True when `label` allows no wider an audience than `limit` (RED is the narrowest). */
export function isAtLeastAsStrict(label: TlpLabel, limit: TlpLabel): boolean {
  return TLP_LABELS.indexOf(label) >= TLP_LABELS.indexOf(limit);
}

/** The stricter of two labels: what a combination of objects may carry at most. */
export function stricterTlp(a: TlpLabel, b: TlpLabel): TlpLabel {
  return isAtLeastAsStrict(a, b) ? a : b;
}

/** The TLP 2.0 STIX extension's fixed marking-definition ids (created 2022-10-01T00:00:00.000Z). */
export const TLP_STIX_MARKING_IDS: Readonly<Record<TlpLabel, string>> = {
  CLEAR: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  GREEN: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  AMBER: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'AMBER+STRICT': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  RED: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};
export const TLP_STIX_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

// CSAF 2.0 (§3.2.1.5.2) carries TLP 1.0 labels. WHITE became CLEAR in TLP 2.0; GREEN, AMBER and RED kept
// their meaning. TLP 1.0 has no AMBER+STRICT: on export it becomes RED, the nearest label that does not
// widen the audience (a label is never widened, issue 14 item 4).
export const TLP1_LABELS = ['WHITE', 'GREEN', 'AMBER', 'RED'] as const;
export const Tlp1LabelSchema = z.enum(TLP1_LABELS);
export type Tlp1Label = z.infer<typeof Tlp1LabelSchema>;

export function tlpFromVersion1(label: Tlp1Label): TlpLabel {
  return label === 'WHITE' ? 'CLEAR' : label;
}

export function tlpToVersion1(label: TlpLabel): Tlp1Label {
  if (label === 'CLEAR') return 'WHITE';
  if (label === 'AMBER+STRICT') return 'RED';
  return label;
}

// TLP 1.0 as STIX 2.1 carries it (STIX 2.1 §7.2.1.4, the four predefined marking definitions). Objects made
// by older producers still carry these; they are read as their TLP 2.0 label (WHITE → CLEAR).
export const TLP1_STIX_MARKING_IDS: Readonly<Record<Tlp1Label, string>> = {
  WHITE: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  GREEN: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  AMBER: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  RED: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
};

const TLP_BY_MARKING_ID = new Map<string, TlpLabel>([
  ...Object.entries(TLP_STIX_MARKING_IDS).map(([label, id]) => [id, label as TlpLabel] as const),
  ...Object.entries(TLP1_STIX_MARKING_IDS).map(([label, id]) => [id, tlpFromVersion1(label as Tlp1Label)] as const),
]);

/** The TLP label a STIX marking-definition id stands for, if it is one of the TLP markings (1.0 or 2.0). */
export function tlpOfMarkingId(id: string): TlpLabel | undefined {
  return TLP_BY_MARKING_ID.get(id);
}

/**
 * The label of a STIX object from its `object_marking_refs`: the strictest TLP marking it carries
 * (two markings never widen the audience), or undefined when it carries none.
 */
export function tlpOfMarkingRefs(refs: readonly string[] | undefined): TlpLabel | undefined {
  let label: TlpLabel | undefined;
  for (const ref of refs ?? []) {
    const found = tlpOfMarkingId(ref);
    if (found) label = label ? stricterTlp(label, found) : found;
  }
  return label;
}
