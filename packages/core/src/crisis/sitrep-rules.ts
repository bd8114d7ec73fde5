// When the next situation report is due: a crisis reports at a set rhythm (its interval, default every 4 h)
// from its declaration or its last sitrep, whichever is later. A closed crisis owes none.

export interface SitrepDueFacts {
  status: 'declared' | 'de-escalated' | 'closed';
  declaredAt: Date;
  lastSitrepAt: Date | null;
  intervalMinutes: number;
}

/** The moment the next sitrep is due, or null when none is (the crisis is closed). */
export function nextSitrepDueAt(facts: SitrepDueFacts): Date | null {
  if (facts.status === 'closed') return null;
  const from = facts.lastSitrepAt && facts.lastSitrepAt > facts.declaredAt ? facts.lastSitrepAt : facts.declaredAt;
  return new Date(from.getTime() + facts.intervalMinutes * 60_000);
}

/** Whether a sitrep is overdue at `now` (the reminder fires from the due moment on). */
export function isSitrepDue(facts: SitrepDueFacts, now: Date): boolean {
  const due = nextSitrepDueAt(facts);
  return due !== null && now.getTime() >= due.getTime();
}
