// Traffic Light Protocol 2.0 (FIRST, https://www.first.org/tlp/): how far information may travel.
// Used by sharing, the authority's advisories and crisis rooms; the rules are in policies.ts.
import { z } from 'zod';

// From the widest to the narrowest audience: sharing/tlp.ts compares labels by this order.
export const TlpLabelSchema = z.enum(['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED']);
export type TlpLabel = z.infer<typeof TlpLabelSchema>;
