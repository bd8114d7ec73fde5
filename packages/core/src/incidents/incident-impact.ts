// The facts about an incident's impact that decide whether it is significant. Every fact may be
// unknown (absent or null): the assessment then says which missing facts could change its outcome.
// Each fact "has caused or is capable of causing" — estimates of potential impact count, as in
// Impl. Reg. 2024/2690 Art. 3(1) and NIS2 Art. 23(3).
import { z } from 'zod';
import { rule } from '../platform/validation-codes.ts';

const count = () => z.number().int().nonnegative().nullish();
const amount = () => z.number().nonnegative().finite().nullish();
const flag = () => z.boolean().nullish();

export const AFFECTED_AREAS = ['local', 'regional', 'national', 'cross_border'] as const;
export const AffectedAreaSchema = z.enum(AFFECTED_AREAS);
export type AffectedArea = z.infer<typeof AffectedAreaSchema>;

export const IncidentImpactSchema = z
  .strictObject({
    // General criteria, Impl. Reg. 2024/2690 Art. 3(1)
    financialLossEur: amount().describe(
      'Direct financial loss for the entity, caused or capable of being caused (EUR)',
    ),
    annualTurnoverEur: amount().describe("The entity's total annual turnover in the preceding financial year (EUR)"),
    tradeSecretsExfiltrated: flag().describe(
      'Exfiltration of trade secrets (Dir. (EU) 2016/943 Art. 2(1)) caused or possible',
    ),
    death: flag().describe('The incident has caused or is capable of causing the death of a natural person'),
    considerableHealthDamage: flag().describe("Considerable damage to a natural person's health caused or possible"),
    unauthorisedAccess: flag().describe('A successful unauthorised access to network and information systems occurred'),
    // Art. 3(1)(e) "successful, suspectedly malicious and unauthorised access": about the access only.
    accessSuspectedMalicious: flag().describe(
      'The unauthorised access is suspected to be malicious (Impl. Reg. 2024/2690 Art. 3(1)(e))',
    ),
    severeOperationalDisruption: flag().describe('Severe operational disruption of the services caused or possible'),
    // Arts. 7-13(c) and 8(c): data compromised "as a result of a suspectedly malicious action" — a separate
    // fact: an accidental data compromise may follow a malicious access, and a malicious act may need no access.
    dataCompromiseSuspectedMalicious: flag().describe(
      'The compromise of data integrity, confidentiality or authenticity results from a suspectedly malicious action (Impl. Reg. 2024/2690 Arts. 7-13, point (c))',
    ),
    // NIS2 Art. 23(4)(a); Cbw art. 26: the early warning says whether the incident is suspected of being caused
    // by unlawful or malicious acts. Not a significance criterion.
    suspectedMalicious: flag().describe(
      'The incident is suspected of being caused by unlawful or malicious acts (NIS2 Art. 23(4)(a), early warning)',
    ),
    // Art. 4 recurrence is not an impact fact: the platform counts it from the register (recurrence.ts).

    // Availability, Arts. 5-14
    completeUnavailabilityMinutes: amount().describe(
      'Longest period the service was completely unavailable (minutes; 0 = never)',
    ),
    limitedAvailabilityMinutes: amount().describe(
      'How long availability was limited or absent, complete unavailability included (minutes)',
    ),
    weeklyUnavailabilityMinutes: amount().describe(
      'Trust services: total unavailability to users or relying parties in the calendar week (minutes)',
    ),
    averageResponseTimeSeconds: amount().describe(
      'DNS: average response time to DNS requests over the degraded period (seconds)',
    ),
    slowResponseMinutes: amount().describe('DNS: length of that degraded period (minutes)'),
    totalUsers: count().describe(
      "The service's users in the Union (Art. 3(3) counting; trust services: users and relying parties)",
    ),
    usersAffected: count().describe(
      'Users affected by limited or no availability (those without any service included)',
    ),
    usersWithoutService: count().describe('Users for whom the service was completely unavailable'),
    usersAffectedByDataCompromise: count().describe(
      'Users affected by the compromise of data integrity, confidentiality or authenticity',
    ),

    // Data related to the provision of the service
    confidentialityCompromised: flag().describe('Confidentiality of stored, transmitted or processed data compromised'),
    integrityCompromised: flag().describe('Integrity of stored, transmitted or processed data compromised'),
    authenticityCompromised: flag().describe('Authenticity of stored, transmitted or processed data compromised'),
    dnsMisconfigurationOnly: flag().describe(
      'DNS: the only data affected are incorrect records caused by misconfiguration',
    ),
    incorrectDomainNames: count().describe('DNS: number of domain names whose data are incorrect'),
    managedDomainNames: count().describe('DNS: number of domain names the provider manages'),
    physicalAccessCompromised: flag().describe(
      'Physical access to a data centre operated by the provider, or to a restricted area of a trust service provider (or its protection), compromised',
    ),

    // NIS2 Art. 23(3) for entity types without Implementing Regulation criteria
    severeFinancialLoss: flag().describe(
      'NIS2 Art. 23(3)(a): severe financial loss for the entity caused or possible (entity assessment)',
    ),
    considerableDamageToOthers: flag().describe(
      'NIS2 Art. 23(3)(b): considerable material or non-material damage to other persons caused or possible',
    ),

    // Impl. Reg. 2024/2690 Art. 3(2); the entity knows whether it planned the interruption, so absent means false.
    plannedMaintenanceOnly: z
      .boolean()
      .nullish()
      .describe('The impact consists only of scheduled interruptions or planned consequences of scheduled maintenance'),

    // CER Art. 15(1) parameters, and context for the early warning
    affectedArea: AffectedAreaSchema.nullish().describe('Geographical area affected by the disruption'),
    isolatedAreaAffected: flag().describe('The affected area is geographically isolated (CER Art. 15(1)(c))'),
    crossBorder: flag().describe('The incident has or may have cross-border impact (NIS2 Art. 23(4)(a))'),
    memberStatesAffected: z.number().int().min(1).nullish().describe('Number of Member States affected'),
    significantDisruption: flag().describe(
      'CER: the entity or authority judges the disruption of the essential service significant',
    ),
  })
  .superRefine((impact, ctx) => {
    const notAbove = (part: keyof IncidentImpactShape, whole: keyof IncidentImpactShape, why: string): void => {
      const a = impact[part];
      const b = impact[whole];
      if (typeof a === 'number' && typeof b === 'number' && a > b) {
        ctx.addIssue({
          code: 'custom',
          path: [part],
          ...rule('not_above', `must not exceed ${whole} (${why})`, { other: whole }),
        });
      }
    };
    notAbove('usersAffected', 'totalUsers', 'affected users are a subset of all users');
    notAbove('usersWithoutService', 'totalUsers', 'affected users are a subset of all users');
    notAbove('usersAffectedByDataCompromise', 'totalUsers', 'affected users are a subset of all users');
    notAbove('usersWithoutService', 'usersAffected', 'usersAffected includes users without any service');
    notAbove(
      'completeUnavailabilityMinutes',
      'limitedAvailabilityMinutes',
      'limited availability includes complete unavailability',
    );
    notAbove('incorrectDomainNames', 'managedDomainNames', 'incorrect names are among the managed names');
  });

type IncidentImpactShape = z.input<typeof IncidentImpactSchema>;
export type IncidentImpact = z.infer<typeof IncidentImpactSchema>;
export type IncidentImpactFact = keyof IncidentImpact;
export const INCIDENT_IMPACT_FACTS = Object.keys(IncidentImpactSchema.shape) as IncidentImpactFact[];
