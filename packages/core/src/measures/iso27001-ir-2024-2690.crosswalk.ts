import type { RequirementMapping } from './catalogue.contracts.ts';

// ISO/IEC 27001:2022 Annex A ↔ Implementing Regulation (EU) 2024/2690 Annex, and through it ↔ NIS2
// Art. 21(2). WEERBAAR'S OWN MAPPING, NOT VERIFIED AGAINST AN OFFICIAL ONE.
//
// The authoritative table is ENISA's "NIS2 Technical Implementation Guidance" v1.0 (26 June 2025), whose
// separate mapping table (a spreadsheet) maps each 2024/2690 requirement to ISO/IEC 27001:2022 and other
// standards. We could not reach that spreadsheet (checked 2026-12-07: not in the reference corpora; only
// third-party summaries per Annex section). So every line below is our own reading of the control and the
// Annex point, marked as such in its `source`; it is never shown as ENISA's or anyone's official mapping.
// Replace this table with ENISA's when it is at hand (the test names the shape, not the contents).
//
// Directions:
// - ISO control → 2024/2690 subsection: the control covers (part of) that subsection.
// - 2024/2690 subsection → ISO control: the subsection covers (part of) that control (same pairs).
// - ISO control → Art. 21(2) point: through the subsection's Annex heading (the walk follows
//   ir-2024-2690-nis2-art21 transitively), and directly for the few controls with no Annex subsection.
// The walk never enters a catalogue twice (catalogues.ts), so 6.6 → A.8.8 → 6.10 does not make patching
// count for vulnerability disclosure.
// Art. 21(2) points never count for an ISO control: a broad duty does not implement its specific parts.

/** Annex A control → the 2024/2690 subsections it corresponds to (our reading; see above). */
export const ISO27001_TO_IR_2024_2690_TABLE: Readonly<Record<string, readonly string[]>> = {
  'A.5.1': ['1.1'],
  'A.5.2': ['1.2'],
  'A.5.3': ['1.2'],
  'A.5.4': ['1.2'],
  'A.5.7': ['2.1'],
  'A.5.8': ['6.1'],
  'A.5.9': ['12.4'],
  'A.5.10': ['12.2'],
  'A.5.11': ['12.5'],
  'A.5.12': ['12.1'],
  'A.5.13': ['12.1'],
  'A.5.14': ['12.2'],
  'A.5.15': ['11.1'],
  'A.5.16': ['11.5'],
  'A.5.17': ['11.6'],
  'A.5.18': ['11.2'],
  'A.5.19': ['5.1', '5.2'],
  'A.5.20': ['5.1'],
  'A.5.21': ['5.1', '6.1'],
  'A.5.22': ['5.1'],
  'A.5.23': ['5.1'],
  'A.5.24': ['3.1'],
  'A.5.25': ['3.4'],
  'A.5.26': ['3.5'],
  'A.5.27': ['3.6'],
  'A.5.28': ['3.5'],
  'A.5.29': ['4.1', '4.3'],
  'A.5.30': ['4.1'],
  'A.5.31': ['2.2'],
  'A.5.35': ['2.3'],
  'A.5.36': ['2.2'],
  'A.6.1': ['10.2'],
  'A.6.2': ['10.1'],
  'A.6.3': ['8.1', '8.2'],
  'A.6.4': ['10.4'],
  'A.6.5': ['10.3'],
  'A.6.6': ['10.1'],
  'A.6.8': ['3.3'],
  'A.7.1': ['13.3'],
  'A.7.2': ['13.3'],
  'A.7.3': ['13.3'],
  'A.7.4': ['13.3'],
  'A.7.5': ['13.2'],
  'A.7.6': ['13.3'],
  'A.7.8': ['13.2'],
  'A.7.9': ['12.2'],
  'A.7.10': ['12.3'],
  'A.7.11': ['13.1'],
  'A.7.12': ['13.1'],
  'A.7.13': ['6.4'],
  'A.7.14': ['12.2'],
  'A.8.2': ['11.3'],
  'A.8.3': ['11.2'],
  'A.8.4': ['6.2'],
  'A.8.5': ['11.6', '11.7'],
  'A.8.7': ['6.9'],
  'A.8.8': ['6.6', '6.10'],
  'A.8.9': ['6.3'],
  'A.8.13': ['4.2'],
  'A.8.14': ['4.2'],
  'A.8.15': ['3.2'],
  'A.8.16': ['3.2'],
  'A.8.17': ['3.2'],
  'A.8.18': ['11.3'],
  'A.8.19': ['6.9'],
  'A.8.20': ['6.7'],
  'A.8.21': ['6.7'],
  'A.8.22': ['6.8'],
  'A.8.24': ['9.1', '9.2'],
  'A.8.25': ['6.2'],
  'A.8.26': ['6.2'],
  'A.8.27': ['6.2'],
  'A.8.28': ['6.2'],
  'A.8.29': ['6.5'],
  'A.8.30': ['6.2'],
  'A.8.31': ['6.2'],
  'A.8.32': ['6.4'],
};

/** Annex A controls without a 2024/2690 subsection of their own → the Art. 21(2) point(s) they serve. */
export const ISO27001_TO_NIS2_ART21_TABLE: Readonly<Record<string, readonly string[]>> = {
  'A.5.5': ['b'],
  'A.8.1': ['i'],
  'A.8.23': ['e'],
};

export const OWN_MAPPING_SOURCE =
  'Eigen koppeling van Weerbaar, niet geverifieerd (de officiële koppeltabel van ENISA, NIS2 Technical Implementation Guidance v1.0, juni 2025, was niet beschikbaar)';

export const ISO27001_IR_2024_2690: readonly RequirementMapping[] = Object.entries(
  ISO27001_TO_IR_2024_2690_TABLE,
).flatMap(([control, subs]) =>
  subs.flatMap((sub) => [
    { from: `iso27001-2022:${control}`, to: `ir-2024-2690:${sub}`, source: OWN_MAPPING_SOURCE },
    { from: `ir-2024-2690:${sub}`, to: `iso27001-2022:${control}`, source: OWN_MAPPING_SOURCE },
  ]),
);

export const ISO27001_NIS2_ART21: readonly RequirementMapping[] = Object.entries(ISO27001_TO_NIS2_ART21_TABLE).flatMap(
  ([control, points]) =>
    points.map((point) => ({
      from: `iso27001-2022:${control}`,
      to: `nis2-art21:${point}`,
      source: OWN_MAPPING_SOURCE,
    })),
);
