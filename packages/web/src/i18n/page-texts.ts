// Dictionary sections that only one area's pages use, by the folder under src/routes/ that holds those
// pages. They are not part of the first visit's dictionary: the area's routes fetch them before the page
// renders (router.tsx, `pageTexts`). Everything else is in the main dictionary. test/page-texts.test.ts
// fails when a file outside the folder (or anything it imports) uses one of these sections, since its
// texts would then be missing there.
export const PAGE_TEXT_SECTIONS = {
  scope: ['scopeWizard'],
  risk: ['risk'],
  measures: ['measures', 'board', 'measureExports'],
  // incidentAttachments stays in the main part: measures' evidence panel shows the same attachments.
  incidents: ['incidentProgress', 'incidentSharing'],
  registry: ['registry'],
  settings: ['apiTokens', 'sso', 'members', 'invitations'],
  profile: ['profile'],
  continuity: ['criticalRoles'],
  suppliers: ['suppliers'],
  advisories: ['advisories', 'inventory', 'advisoryPublish', 'passOn'],
  sharing: ['sharingPage', 'communities', 'stixImport'],
  knowledge: ['knowledge'],
  supervision: ['supervision'],
  crisis: ['crisis'],
  crisisRequests: ['crisisRequests'],
  campaigns: ['campaigns'],
  trends: ['trends'],
  // The folder is routes/exercise-agenda; its section keeps the camel-case name the dictionaries use.
  'exercise-agenda': ['exerciseAgenda'],
} as const;

export type PageTexts = keyof typeof PAGE_TEXT_SECTIONS;
export const PAGE_TEXT_GROUPS = Object.keys(PAGE_TEXT_SECTIONS) as PageTexts[];
