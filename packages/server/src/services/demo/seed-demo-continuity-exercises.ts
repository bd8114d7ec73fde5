// Demo data only: the water company's control room as critical roles with holders, deputies and training
// (one refresher overdue), and the hospital's tabletop exercise on the patient-record (EPD) scenario with
// the municipality invited, so `npm start` shows coverage, the calendar and an invitation waiting on the
// municipality's overview. Through use cases by each organisation's risk manager, so it is on the audit
// trail. Idempotent: an organisation with critical roles or exercises already is left as it is.
import {
  AttendanceCreateSchema,
  AwarenessActivityCreateSchema,
  CriticalRoleCreateSchema,
  ExerciseCreateSchema,
  RoleHolderCreateSchema,
} from '@weerbaar/core/continuity';
import { addDays } from '@weerbaar/core/measures';
import { findAssetByName } from '../../repositories/asset.repository.ts';
import { listCriticalRoles } from '../../repositories/critical-role.repository.ts';
import { findPlansByTitle, listExercises } from '../../repositories/exercise.repository.ts';
import { findOrganisationByName } from '../../repositories/organisation.repository.ts';
import { listRiskScenarios } from '../../repositories/risk-scenario.repository.ts';
import { findUserByEmail } from '../../repositories/user.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import type { Deps } from '../../kernel/deps.ts';
import { addExerciseLogEntry } from '../continuity/add-exercise-log-entry.ts';
import { addRoleHolder } from '../continuity/add-role-holder.ts';
import { createAwarenessActivity } from '../continuity/create-awareness-activity.ts';
import { createCriticalRole } from '../continuity/create-critical-role.ts';
import { inviteOrganisation } from '../continuity/invite-organisation.ts';
import { planExercise } from '../continuity/plan-exercise.ts';
import { recordAttendance } from '../continuity/record-attendance.ts';
import { dutchToday } from '../measures/measure.presenter.ts';
import { demoEmail } from './seed-demo-organisation.ts';

const HOSPITAL = { name: 'Ziekenhuis Noorderlicht', domain: 'ziekenhuis.example' };
const MUNICIPALITY = 'Gemeente Weerdam';
const WATER = { name: 'Waterbedrijf Lage Landen', domain: 'water.example' };

async function riskManagerOf(deps: Deps, org: { name: string; domain: string }): Promise<OrgActor | undefined> {
  const row = await findOrganisationByName(deps.db, org.name);
  const email = demoEmail('risk-manager', org.domain);
  const user = await findUserByEmail(deps.db, email);
  if (!row || !user) return undefined;
  return {
    actor: {
      type: 'user',
      userId: user.id,
      label: email,
      sessionId: 'demo-seed',
      orgId: row.id,
      role: 'risk-manager',
      orgKind: 'entity',
    },
    orgId: row.id,
    role: 'risk-manager',
    orgKind: 'entity',
  };
}

export async function seedDemoContinuityExercises(deps: Deps): Promise<void> {
  await seedWaterControlRoom(deps);
  await seedHospitalTabletop(deps);
}

async function seedWaterControlRoom(deps: Deps): Promise<void> {
  const ctx = await riskManagerOf(deps, WATER);
  if (!ctx || (await listCriticalRoles(deps.db, ctx.orgId)).length > 0) return;
  const today = dutchToday(deps.clock.now());
  const serviceIds = async (...names: string[]) =>
    (await Promise.all(names.map((n) => findAssetByName(deps.db, ctx.orgId, 'service', n)))).flatMap((a) =>
      a ? [a.id] : [],
    );
  const roles = [
    {
      name: 'Operator centrale meldkamer (wachtdienst)',
      description: 'Bewaakt productie en distributie, schakelt bij uitval van de SCADA over op handbediening.',
      services: await serviceIds('Drinkwaterlevering', 'Bluswatervoorziening'),
      holders: [
        { personName: 'Sanne Visser', deputy: false },
        { personName: 'Joost Mulder', deputy: true },
      ],
    },
    {
      name: 'Storingsdienst procesautomatisering',
      description: 'Herstelt de SCADA en de telemetrie van de pompstations.',
      services: await serviceIds('Drinkwaterlevering'),
      holders: [
        { personName: 'Ahmed Yilmaz', deputy: false },
        { personName: 'Lotte de Boer', deputy: true },
      ],
    },
    {
      name: 'Ploegleider handbediening pompstations',
      description: 'Stuurt de monteurs die pompstations ter plaatse met de hand bedienen.',
      services: await serviceIds('Drinkwaterlevering'),
      holders: [{ personName: 'Peter Smit', deputy: false }],
    },
  ];
  const roleIds: string[] = [];
  for (const r of roles) {
    const role = await createCriticalRole(
      deps,
      ctx,
      CriticalRoleCreateSchema.parse({ name: r.name, description: r.description, serviceIds: r.services }),
    );
    roleIds.push(role.id);
    for (const h of r.holders) {
      await addRoleHolder(deps, ctx, { roleId: role.id, holder: RoleHolderCreateSchema.parse(h) });
    }
  }
  const drill = await createAwarenessActivity(
    deps,
    ctx,
    AwarenessActivityCreateSchema.parse({
      title: 'Training handbediening bij uitval SCADA',
      kind: 'training',
      dueOn: addDays(today, -30),
      validityMonths: 12,
      roleIds,
    }),
  );
  const phishing = await createAwarenessActivity(
    deps,
    ctx,
    AwarenessActivityCreateSchema.parse({
      title: 'Bewustwording: phishing en social engineering in de OT-omgeving',
      kind: 'awareness',
      dueOn: addDays(today, 60),
      validityMonths: 24,
      roleIds: roleIds.slice(0, 2),
    }),
  );
  const attended = [
    { activityId: drill.id, personName: 'Sanne Visser', attendedOn: addDays(today, -120) },
    { activityId: drill.id, personName: 'Joost Mulder', attendedOn: addDays(today, -120) },
    { activityId: drill.id, personName: 'Ahmed Yilmaz', attendedOn: addDays(today, -400) },
    { activityId: drill.id, personName: 'Lotte de Boer', attendedOn: addDays(today, -60) },
    { activityId: phishing.id, personName: 'Sanne Visser', attendedOn: addDays(today, -10) },
  ];
  for (const a of attended) {
    await recordAttendance(deps, ctx, {
      activityId: a.activityId,
      attendance: AttendanceCreateSchema.parse({ personName: a.personName, attendedOn: a.attendedOn }),
    });
  }
}

async function seedHospitalTabletop(deps: Deps): Promise<void> {
  const ctx = await riskManagerOf(deps, HOSPITAL);
  const municipality = await findOrganisationByName(deps.db, MUNICIPALITY);
  if (!ctx || !municipality || (await listExercises(deps.db, ctx.orgId)).length > 0) return;
  const scenario = (await listRiskScenarios(deps.db, ctx.orgId)).find((s) => s.title.includes('EPD'));
  if (!scenario) return;
  const now = deps.clock.now();
  // Four weeks ahead, 09:00-12:00 Amsterdam time (winter: UTC+1; close enough for demo data in summer).
  const day = new Date(now.getTime() + 28 * 86_400_000).toISOString().slice(0, 10);
  const plans = await findPlansByTitle(deps.db, ctx.orgId, 'EPD');
  const exercise = await planExercise(
    deps,
    ctx,
    ExerciseCreateSchema.parse({
      title: 'Tabletop: het EPD ligt eruit',
      kind: 'tabletop',
      scenarioId: scenario.id,
      startsAt: `${day}T08:00:00Z`,
      endsAt: `${day}T11:00:00Z`,
      objectives: [
        'Binnen 30 minuten over op papieren registratie en de noodlijst met medicatie',
        'Patiëntenstroom met de gemeente en de ambulancedienst afstemmen',
        'Communicatie naar patiënten, personeel en pers volgens het plan',
      ],
      planIds: plans.map((p) => p.id),
      participants: [
        { name: 'Crisiscoördinator', role: 'voorzitter' },
        { name: 'Hoofd ICT', role: 'herstel EPD' },
        { name: 'Hoofd spoedeisende hulp', role: 'zorgcontinuïteit' },
        { name: 'Woordvoerder', role: 'communicatie' },
      ],
    }),
  );
  await inviteOrganisation(deps, ctx, {
    exerciseId: exercise.id,
    invitation: { orgId: municipality.id, role: 'Crisisteam bevolkingszorg: opvang en informatie voor inwoners' },
  });
  const injects = [
    [0, 'Het EPD geeft een melding over versleutelde bestanden; inloggen lukt niet meer.'],
    [20, 'De spoedeisende hulp meldt drie ambulances onderweg zonder patiëntgegevens.'],
    [45, 'Een journalist belt over "het ziekenhuis dat plat ligt".'],
  ] as const;
  for (const [minutes, text] of injects) {
    await addExerciseLogEntry(deps, ctx, {
      exerciseId: exercise.id,
      entry: {
        kind: 'inject',
        text,
        occurredAt: new Date(Date.parse(`${day}T08:00:00Z`) + minutes * 60_000).toISOString(),
      },
    });
  }
}
