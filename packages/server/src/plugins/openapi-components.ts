import { AssetSchema } from '@weerbaar/core/assets';
import { CampaignCaseSchema } from '@weerbaar/core/campaigns';
import {
  BusinessImpactViewSchema,
  ExerciseSchema,
  PlanContentSchema,
  PlanDetailSchema,
} from '@weerbaar/core/continuity';
import {
  CrisisActionSchema,
  CrisisDecisionSchema,
  CrisisFactSchema,
  CrisisSchema,
  CrisisSettingsSchema,
  CrisisSitrepSchema,
  CrisisSummarySchema,
  SitrepContentSchema,
} from '@weerbaar/core/crisis';
import { OutboxEntrySchema } from '@weerbaar/core/delivery';
import { AgendaItemSchema, ParticipationSchema } from '@weerbaar/core/exercise-agenda';
import {
  IncidentImpactSchema,
  IncidentReportViewSchema,
  IncidentSchema,
  RecurrenceSchema,
  SignificanceAssessmentSchema,
} from '@weerbaar/core/incidents';
import { InboxReportSummarySchema } from '@weerbaar/core/inbox';
import { RegistrationStateSchema } from '@weerbaar/core/registration';
import { MeasureSchema } from '@weerbaar/core/measures';
import { RiskScenarioSchema, RiskSchema } from '@weerbaar/core/risk';
import { ScopeAssessmentSchema, ScopeResultSchema } from '@weerbaar/core/scope';
import { InformationRequestSchema } from '@weerbaar/core/supervision';
import { SupplierSchema } from '@weerbaar/core/suppliers';
import { z } from 'zod';

// The contracts that many operations share, named once under components/schemas and referenced with
// $ref: inlined, the incident alone was repeated in eight operations and the document passed 2 MB. Only
// the OpenAPI document uses this registry (validation, the report JSON Schemas and the web app never see
// it, so their output does not depend on whether this module was loaded). A schema that is changed per
// route (`.describe()`, `.pick()`) is a new schema and stays inline, as it should.
type Meta = z.GlobalMeta & { id?: string };

/** Everything zod's global registry knows (descriptions, formats from `.meta()`), plus our ids on top. */
class MetaWithFallback extends WeakMap<z.core.$ZodType, Meta> {
  override get(schema: z.core.$ZodType): Meta | undefined {
    return super.get(schema) ?? z.globalRegistry._map.get(schema);
  }
  override has(schema: z.core.$ZodType): boolean {
    return super.has(schema) || z.globalRegistry._map.has(schema);
  }
}

export const openApiComponents = z.registry<Meta>();
openApiComponents._map = new MetaWithFallback();

const SHARED: Record<string, z.ZodType> = {
  Incident: IncidentSchema,
  IncidentImpact: IncidentImpactSchema,
  SignificanceAssessment: SignificanceAssessmentSchema,
  Recurrence: RecurrenceSchema,
  IncidentReport: IncidentReportViewSchema,
  OutboxEntry: OutboxEntrySchema,
  Asset: AssetSchema,
  Risk: RiskSchema,
  RiskScenario: RiskScenarioSchema,
  Measure: MeasureSchema,
  ContinuityPlan: PlanDetailSchema,
  ContinuityPlanContent: PlanContentSchema,
  BusinessImpactView: BusinessImpactViewSchema,
  Supplier: SupplierSchema,
  Exercise: ExerciseSchema,
  ExerciseAgendaItem: AgendaItemSchema,
  ExerciseAgendaParticipation: ParticipationSchema,
  InboxReportSummary: InboxReportSummarySchema,
  RegistrationState: RegistrationStateSchema,
  ScopeAssessment: ScopeAssessmentSchema,
  ScopeResult: ScopeResultSchema,
  CampaignCase: CampaignCaseSchema,
  InformationRequest: InformationRequestSchema,
  Crisis: CrisisSchema,
  CrisisSitrep: CrisisSitrepSchema,
  SitrepContent: SitrepContentSchema,
  CrisisSummary: CrisisSummarySchema,
  CrisisFact: CrisisFactSchema,
  CrisisDecision: CrisisDecisionSchema,
  CrisisAction: CrisisActionSchema,
  CrisisSettings: CrisisSettingsSchema,
};
for (const [id, schema] of Object.entries(SHARED))
  openApiComponents.add(schema, { ...z.globalRegistry.get(schema), id });
