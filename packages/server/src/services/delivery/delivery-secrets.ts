/** The sealed API token's purpose (bound into its encryption, secret-box.ts). */
export const API_TOKEN_PURPOSE = 'delivery-target.api-token';
