// Query keys. Everything that belongs to an organisation sits under ['org', orgId, …], so switching
// the active organisation changes every key and no screen can show the previous organisation's data.
export const sessionKey = ['session'] as const;

export const orgKeys = {
  all: (orgId: string) => ['org', orgId] as const,
  organisation: (orgId: string) => ['org', orgId, 'organisation'] as const,
  members: (orgId: string) => ['org', orgId, 'members'] as const,
  invitations: (orgId: string) => ['org', orgId, 'invitations'] as const,
  apiTokens: (orgId: string) => ['org', orgId, 'api-tokens'] as const,
  audit: (orgId: string, filters: object) => ['org', orgId, 'audit', filters] as const,
  overview: (orgId: string) => ['org', orgId, 'overview'] as const,
};
