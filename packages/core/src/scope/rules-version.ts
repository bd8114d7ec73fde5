// Version of the scope rules. A saved assessment records it, so a later change to the rules (a new
// Cbw article number, a corrected threshold) can be detected and the assessment re-run.
// Format: <date of the legal text the rules follow>.<revision>; the date is the Cbw's entry into force.
// .2: obligation texts and params corrected (issue 17 items 10, 11, 15: trust-service condition, Cbw fines
// arts. 80(3)/87(3), the law's deadline words, ENISA first deadline, information-sharing, verification).
// .3: obligation texts and params corrected (issue 17 items 12-14: Cbw art. 97 for designated higher-education
// institutions, board duties of Cbw art. 24 with the art. 93 fine in the text, supervision per Cbw arts. 70-72 /
// 81-87 with who pays, EU supervision and fines replaced_by DORA (NIS2 Art. 4(1)), CER Arts. 14(1) and 15(1);
// the words of Cbw arts. 44(2) and 50(2)).
export const SCOPE_RULES_VERSION = '2026-08-15.3';
