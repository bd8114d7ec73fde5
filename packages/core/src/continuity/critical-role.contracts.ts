// Staff in critical functions and their awareness (issue 13 item 5). NIS2 Art. 21(2)(g): basic cyber
// hygiene practices and cybersecurity training; NIS2 Art. 20(2): training of the management body (recorded by
// the measures module, board_trainings, and counted here, not copied). CER Art. 13(1)(e): employee security
// management, including the categories of personnel that exercise critical functions and their training
// requirements and qualifications; CER Art. 13(1)(f): raising awareness of the measures among relevant personnel.
import { z } from 'zod';
import { DateInputSchema, TextSchema } from '../platform/input.contracts.ts';

const text = (max: number) => TextSchema.trim().min(1).max(max);
const date = () => z.iso.date().meta({ format: 'date' });

export const CriticalRoleCreateSchema = z
  .object({
    name: text(200),
    description: TextSchema.trim().max(4000).default(''),
    /** The services from the shared graph (assets of kind service) this role keeps running. */
    serviceIds: z.array(z.uuid()).max(100).default([]),
  })
  .strict();
export type CriticalRoleCreate = z.infer<typeof CriticalRoleCreateSchema>;

export const RoleHolderCreateSchema = z
  .object({
    personName: text(200),
    /** A member of the organisation on the platform, when the person has an account; otherwise only the name. */
    userId: z.uuid().nullish(),
    /** A deputy (plaatsvervanger) takes over when the primary holder is absent. */
    deputy: z.boolean().default(false),
  })
  .strict();
export type RoleHolderCreate = z.infer<typeof RoleHolderCreateSchema>;

export const TRAINING_STATUSES = ['current', 'expired', 'overdue', 'missing'] as const;
export const TrainingStatusSchema = z.enum(TRAINING_STATUSES);
export type TrainingStatus = z.infer<typeof TrainingStatusSchema>;

export const COVERAGE_STATUSES = ['covered', 'partial', 'uncovered'] as const;
export const CoverageStatusSchema = z.enum(COVERAGE_STATUSES);
export type CoverageStatus = z.infer<typeof CoverageStatusSchema>;

export const TrainingSourceSchema = z.enum(['activity', 'board-training']);

export const RoleHolderSchema = z.object({
  id: z.uuid(),
  personName: z.string(),
  userId: z.uuid().nullable(),
  deputy: z.boolean(),
  training: z.object({
    status: TrainingStatusSchema,
    /** The last day the best current record is valid; null when it does not expire or there is none. */
    validUntil: date().nullable(),
    /** Where the record that counts comes from: an awareness activity here, or the board's training (measures). */
    source: TrainingSourceSchema.nullable(),
  }),
});
export type RoleHolder = z.infer<typeof RoleHolderSchema>;

export const RoleCoverageSchema = z.object({
  status: CoverageStatusSchema,
  holders: z.int().min(0),
  current: z.int().min(0),
  primaryCurrent: z.boolean(),
  deputyCurrent: z.boolean(),
});
export type RoleCoverage = z.infer<typeof RoleCoverageSchema>;

export const CriticalRoleSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  services: z.array(z.object({ id: z.uuid(), name: z.string() })),
  holders: z.array(RoleHolderSchema),
  coverage: RoleCoverageSchema,
  createdAt: z.iso.datetime(),
});
export type CriticalRole = z.infer<typeof CriticalRoleSchema>;

export const AWARENESS_KINDS = ['awareness', 'training'] as const;
export const AwarenessKindSchema = z.enum(AWARENESS_KINDS);

export const AwarenessActivityCreateSchema = z
  .object({
    title: text(200),
    kind: AwarenessKindSchema.default('training'),
    /** The holders of the roles it is for must have attended by this date. */
    dueOn: DateInputSchema.meta({ format: 'date' }).nullish(),
    /** How long attendance counts (a refresher is due after); null: it does not expire. */
    validityMonths: z.int().min(1).max(120).nullish(),
    /** The critical roles whose holders must attend. */
    roleIds: z.array(z.uuid()).max(100).default([]),
  })
  .strict();
export type AwarenessActivityCreate = z.infer<typeof AwarenessActivityCreateSchema>;

export const AttendanceCreateSchema = z
  .object({ personName: text(200), attendedOn: DateInputSchema.meta({ format: 'date' }) })
  .strict();
export type AttendanceCreate = z.infer<typeof AttendanceCreateSchema>;

export const AttendanceSchema = z.object({
  id: z.uuid(),
  personName: z.string(),
  attendedOn: date(),
  expiresOn: date().nullable(),
});
export type Attendance = z.infer<typeof AttendanceSchema>;

export const AwarenessActivitySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: AwarenessKindSchema,
  dueOn: date().nullable(),
  validityMonths: z.int().nullable(),
  roles: z.array(z.object({ id: z.uuid(), name: z.string() })),
  attendance: z.array(AttendanceSchema),
  createdAt: z.iso.datetime(),
});
export type AwarenessActivity = z.infer<typeof AwarenessActivitySchema>;

export const RoleParams = z.object({ roleId: z.uuid() });
export const HolderParams = z.object({ roleId: z.uuid(), holderId: z.uuid() });
export const ActivityParams = z.object({ activityId: z.uuid() });
