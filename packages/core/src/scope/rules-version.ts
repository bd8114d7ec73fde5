// Version of the scope rules. A saved assessment records it, so a later change to the rules (a new
// Cbw article number, a corrected threshold) can be detected and the assessment re-run.
// Format: <date of the legal text the rules follow>.<revision>; the date is the Cbw's entry into force.
// .2: obligation texts and params corrected (issue 17 items 10, 11, 15: trust-service condition, Cbw fines
// arts. 80(3)/87(3), the law's deadline words, ENISA first deadline, information-sharing, verification).
export const SCOPE_RULES_VERSION = '2026-08-15.2';
