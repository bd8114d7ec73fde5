import type { Migration } from 'kysely';
import * as platform from './20261122_0900_platform.ts';
import * as scope from './20261122_1010_scope.ts';
import * as delivery from './20261122_1020_delivery.ts';
import * as assets from './20261122_1300_assets.ts';
import * as incidents from './20261122_1310_incidents.ts';
import * as jobsPerOrg from './20261122_1400_jobs_per_org.ts';
import * as apiTokenSender from './20261122_1450_api_token_sender.ts';
import * as incidentAttachments from './20261122_1500_incident_attachments.ts';
import * as jobLeases from './20261207_0900_job_leases.ts';
import * as inboxSupportRequest from './20261207_1000_inbox_support_request.ts';
import * as incidentRootCause from './20261207_1010_incident_root_cause.ts';
import * as deadlinesPerIncident from './20261207_1100_deadlines_per_incident.ts';
import * as reportRecipients from './20261207_1110_report_recipients.ts';
import * as sso from './20261207_1200_sso.ts';
import * as signInThrottles from './20261207_1300_sign_in_throttles.ts';
import * as auditCheckpoints from './20261207_1310_audit_checkpoints.ts';
import * as mfaEnforcement from './20261207_1400_mfa_enforcement.ts';
import * as assetGraph from './20261207_2000_asset_graph.ts';
import * as risk from './20261207_2100_risk.ts';
import * as measures from './20261207_2200_measures.ts';
import * as measureBoard from './20261207_2300_measure_board.ts';
import * as measureCustomCatalogues from './20261207_2310_measure_custom_catalogues.ts';
import * as continuityBiaSuppliers from './20261208_0200_continuity_bia_suppliers.ts';
import * as continuityPlans from './20261208_0300_continuity_plans.ts';
import * as continuityPlanContent from './20261208_0310_continuity_plan_content.ts';
import * as continuityPeopleExercises from './20261208_0400_continuity_people_exercises.ts';
import * as sharingStixTaxii from './20261208_0500_sharing_stix_taxii.ts';
import * as sharingCsafInventory from './20261208_0600_sharing_csaf_inventory.ts';
import * as continuityFinish from './20261209_0100_continuity_finish.ts';
import * as advisoryAudience from './20261209_0200_advisory_audience.ts';
import * as knowledgeArticles from './20261209_0300_knowledge_articles.ts';
import * as authorityTrends from './20261209_0400_authority_trends.ts';
import * as campaigns from './20261209_0500_campaigns.ts';
import * as supervision from './20261209_0600_supervision.ts';
import * as crisis from './20261210_0100_crisis.ts';
import * as crisisRequests from './20261210_0200_crisis_requests.ts';
import * as exerciseAgenda from './20261210_0300_exercise_agenda.ts';
import * as sharingScale from './20261210_0400_sharing_scale.ts';
import * as authorityDelivery from './20261210_0500_authority_delivery.ts';
import * as authorityScale from './20261210_0600_authority_scale.ts';
import * as trendQuarterlyReports from './20261210_0700_trend_quarterly_reports.ts';
import * as trendRollup from './20261211_0100_trend_rollup.ts';
import * as supervisionRemote from './20261211_0300_supervision_remote.ts';
import * as crisisRemoteMembers from './20261211_0400_crisis_remote_members.ts';
import * as supervisionFollowup from './20261211_0500_supervision_followup.ts';
import * as copyTargets from './20261211_0600_copy_targets.ts';

// Listed explicitly (not read from disk) so migrations work the same under tsx, vitest and bundlers.
// Names sort by timestamp; Kysely runs them in that order and refuses to skip one.
export const migrations: Record<string, Migration> = {
  '20261122_0900_platform': platform,
  '20261122_1010_scope': scope,
  '20261122_1020_delivery': delivery,
  '20261122_1300_assets': assets,
  '20261122_1310_incidents': incidents,
  '20261122_1400_jobs_per_org': jobsPerOrg,
  '20261122_1450_api_token_sender': apiTokenSender,
  '20261122_1500_incident_attachments': incidentAttachments,
  '20261207_0900_job_leases': jobLeases,
  '20261207_1000_inbox_support_request': inboxSupportRequest,
  '20261207_1010_incident_root_cause': incidentRootCause,
  '20261207_1100_deadlines_per_incident': deadlinesPerIncident,
  '20261207_1110_report_recipients': reportRecipients,
  '20261207_1200_sso': sso,
  '20261207_1300_sign_in_throttles': signInThrottles,
  '20261207_1310_audit_checkpoints': auditCheckpoints,
  '20261207_1400_mfa_enforcement': mfaEnforcement,
  '20261207_2000_asset_graph': assetGraph,
  '20261207_2100_risk': risk,
  '20261207_2200_measures': measures,
  '20261207_2300_measure_board': measureBoard,
  '20261207_2310_measure_custom_catalogues': measureCustomCatalogues,
  '20261208_0200_continuity_bia_suppliers': continuityBiaSuppliers,
  '20261208_0300_continuity_plans': continuityPlans,
  '20261208_0310_continuity_plan_content': continuityPlanContent,
  '20261208_0400_continuity_people_exercises': continuityPeopleExercises,
  '20261208_0500_sharing_stix_taxii': sharingStixTaxii,
  '20261208_0600_sharing_csaf_inventory': sharingCsafInventory,
  '20261209_0100_continuity_finish': continuityFinish,
  '20261209_0200_advisory_audience': advisoryAudience,
  '20261209_0300_knowledge_articles': knowledgeArticles,
  '20261209_0400_authority_trends': authorityTrends,
  '20261209_0500_campaigns': campaigns,
  '20261209_0600_supervision': supervision,
  '20261210_0100_crisis': crisis,
  '20261210_0200_crisis_requests': crisisRequests,
  '20261210_0300_exercise_agenda': exerciseAgenda,
  '20261210_0400_sharing_scale': sharingScale,
  '20261210_0500_authority_delivery': authorityDelivery,
  '20261210_0600_authority_scale': authorityScale,
  '20261210_0700_trend_quarterly_reports': trendQuarterlyReports,
  '20261211_0100_trend_rollup': trendRollup,
  '20261211_0300_supervision_remote': supervisionRemote,
  '20261211_0400_crisis_remote_members': crisisRemoteMembers,
  '20261211_0500_supervision_followup': supervisionFollowup,
  '20261211_0600_copy_targets': copyTargets,
};
