// Demo data only: the hospital's board approved its measures and its members followed cybersecurity
// training (NIS2 Art. 20; Cbw art. 24), one certificate expiring soon, so `npm start` shows the board
// page with a reminder due. The approval is recorded by the hospital's own owner account (recording it
// is a personal act: no machine and no system actor may). Idempotent: an organisation that has an
// approval or training already is left as it is. Through use cases, so it is on the audit trail.
import { addDays, BoardTrainingInputSchema, MeasureApprovalInputSchema } from '@weerbaar/core/measures';
import { listApprovals, listBoardTrainings } from '../../repositories/measure-board.repository.ts';
import { findOrganisationByName } from '../../repositories/organisation.repository.ts';
import { findUserByEmail } from '../../repositories/user.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import type { Deps } from '../../kernel/deps.ts';
import { approveMeasures } from '../board/approve-measures.ts';
import { recordBoardTraining } from '../board/record-board-training.ts';
import { dutchToday } from '../measures/measure.presenter.ts';
import { demoEmail } from './seed-demo-organisation.ts';

const HOSPITAL = { name: 'Ziekenhuis Noorderlicht', domain: 'ziekenhuis.example' };

export async function seedDemoBoard(deps: Deps): Promise<void> {
  const org = await findOrganisationByName(deps.db, HOSPITAL.name);
  if (!org) return;
  const email = demoEmail('owner', HOSPITAL.domain);
  const user = await findUserByEmail(deps.db, email);
  if (!user) return;
  const ctx: OrgActor = {
    actor: {
      type: 'user',
      userId: user.id,
      label: email,
      sessionId: 'demo-seed',
      orgId: org.id,
      role: 'owner',
      orgKind: 'entity',
    },
    orgId: org.id,
    role: 'owner',
    orgKind: 'entity',
  };
  const today = dutchToday(deps.clock.now());

  if ((await listBoardTrainings(deps.db, org.id)).length === 0) {
    const trainings = [
      {
        personName: 'Marieke de Vries',
        boardRole: 'Voorzitter raad van bestuur',
        trainingName: 'Cyberweerbaarheid voor bestuurders',
        completedOn: addDays(today, -700),
        expiresOn: addDays(today, 30),
      },
      {
        personName: 'Karim El Amrani',
        boardRole: 'Lid raad van bestuur (financiën)',
        trainingName: 'Cyberweerbaarheid voor bestuurders',
        completedOn: addDays(today, -90),
        expiresOn: addDays(today, 640),
      },
      {
        personName: 'Els Bakker',
        boardRole: 'Lid raad van bestuur (zorg)',
        trainingName: 'NIS2 en de Cyberbeveiligingswet voor bestuurders',
        completedOn: addDays(today, -200),
        expiresOn: addDays(today, 530),
      },
    ];
    for (const t of trainings) await recordBoardTraining(deps, ctx, BoardTrainingInputSchema.parse(t));
  }

  if ((await listApprovals(deps.db, org.id)).length === 0) {
    await approveMeasures(
      deps,
      ctx,
      MeasureApprovalInputSchema.parse({
        approvedOn: addDays(today, -14),
        approverName: 'Marieke de Vries',
        approverFunction: 'Voorzitter raad van bestuur',
        decision:
          'De raad van bestuur keurt de maatregelen voor cyberbeveiliging goed. De uitwijktest van het EPD moet binnen drie maanden klaar zijn.',
      }),
    );
  }
}
