/** The part of a zod schema this module uses; keeps `zod` itself out of the web's own imports. */
interface Contract<T> {
  parse(data: unknown): T;
  safeParse(data: unknown): { success: boolean; error?: { issues: unknown } };
}

/**
 * Responses are typed by the core contracts. In development we also parse them, so drift between
 * server and client shows in the console at once; in production an extra or reformatted field must
 * not take the whole screen down, so the data passes through as typed.
 */
export function checked<T>(schema: Contract<T>, data: unknown, what: string): T {
  if (import.meta.env.DEV) {
    const result = schema.safeParse(data);
    if (!result.success) console.warn(`[weerbaar] ${what} does not match the contract`, result.error?.issues);
  }
  return data as T;
}
