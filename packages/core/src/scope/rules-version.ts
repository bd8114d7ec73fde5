// Version of the scope rules. A saved assessment records it, so a later change to the rules (a new
// Cbw article number, a corrected threshold) can be detected and the assessment re-run.
// Format: <date of the legal text the rules follow>.<revision>; the date is the Cbw's entry into force.
// .2: obligation texts and params corrected (issue 17 items 10, 11, 15: trust-service condition, Cbw fines
// arts. 80(3)/87(3), the law's deadline words, ENISA first deadline, information-sharing, verification).
// .3: obligation texts and params corrected (issue 17 items 12-14: Cbw art. 97 for designated higher-education
// institutions, board duties of Cbw art. 24 with the art. 93 fine in the text, supervision per Cbw arts. 70-72 /
// 81-87 with who pays, EU supervision and fines replaced_by DORA (NIS2 Art. 4(1)), CER Arts. 14(1) and 15(1);
// the words of Cbw arts. 44(2) and 50(2)).
// .4: groups (Rec. 2003/361/EC Annex Art. 6(2): linked in full, partners pro rata, none below 25 %), two
// accounting periods (Annex Art. 4(2)), jurisdiction (NIS2 Art. 26; Cbw art. 4: nl out_of_scope where only another
// Member State has jurisdiction), DORA Art. 2(4) exemption (NIS2 Art. 2(10); Cbw art. 7), Member State exemption
// (NIS2 Art. 2(8)), and the trust-service exception of NIS2 Art. 2(9) now also in the EU baseline (issue 17 items
// 1-4).
// .5: the ENISA registry's change deadline in the law's words: "onverwijld of in elk geval binnen drie maanden"
// (Cbw art. 47(5); NIS2 Art. 27(3); issue 17 item 15).
export const SCOPE_RULES_VERSION = '2026-08-15.5';
