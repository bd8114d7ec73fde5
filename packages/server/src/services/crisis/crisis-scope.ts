// The scope rule shared by declaring a crisis and changing its scope.
import type { CrisisScopeInput } from '@weerbaar/core/crisis';
import { invalidField } from '@weerbaar/core/platform';
import type { Trx } from '../../db/database.ts';
import { existingScopeItems } from '../../repositories/crisis.repository.ts';

/**
 * Exercise rule (issue 16 item 6): an exercise crisis never links real received reports, advisories or
 * observables — its picture holds only what the exercise itself records. A real crisis links only items the
 * organisation holds.
 */
export async function checkScopeLinks(
  trx: Trx,
  orgId: string,
  isExercise: boolean,
  scope: CrisisScopeInput,
): Promise<void> {
  if (isExercise) {
    if (scope.inboxReportIds.length > 0)
      throw invalidField('body.scope.inboxReportIds', 'an exercise links no real reports');
    if (scope.advisoryIds.length > 0)
      throw invalidField('body.scope.advisoryIds', 'an exercise links no real advisories');
    if (scope.observables.length > 0)
      throw invalidField('body.scope.observables', 'an exercise links no real observables');
    return;
  }
  const found = await existingScopeItems(trx, orgId, scope.inboxReportIds, scope.advisoryIds);
  const missingReport = scope.inboxReportIds.findIndex((id) => !found.inboxReportIds.has(id));
  if (missingReport >= 0)
    throw invalidField(`body.scope.inboxReportIds.${missingReport}`, 'is not a report in your inbox');
  const missingAdvisory = scope.advisoryIds.findIndex((id) => !found.advisoryIds.has(id));
  if (missingAdvisory >= 0)
    throw invalidField(`body.scope.advisoryIds.${missingAdvisory}`, 'is not an advisory you hold');
}
