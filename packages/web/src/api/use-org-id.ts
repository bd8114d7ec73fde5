import { useActiveMembership } from '../auth/use-current-session.ts';

/** The active organisation's id, for query keys of organisation data (see keys.ts). */
export const useOrgId = (): string => useActiveMembership().orgId;
