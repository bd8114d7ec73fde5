import type { Session } from '@weerbaar/core/platform';
import { createContext } from 'react';

/**
 * The session as the signed-in guard last accepted it. Pages read this rather than the query, so
 * they never see the moment between logout and the redirect where the query is already empty.
 */
export const SessionContext = createContext<Session | null>(null);
