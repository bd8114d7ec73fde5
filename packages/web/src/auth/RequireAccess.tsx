import { Outlet } from 'react-router';
import { ForbiddenPage } from '../routes/errors/ForbiddenPage.tsx';
import type { AppPage } from '../routes/app-pages.ts';
import { canAccess } from './access.ts';
import { activeMembership, useCurrentSession } from './use-current-session.ts';

/**
 * Hides pages the role may not use. The server enforces the same rules; this only spares people
 * a page full of 403s, for example right after switching to an organisation with another role.
 */
export function RequireAccess({ page }: { page: AppPage }) {
  const membership = activeMembership(useCurrentSession());
  return canAccess(membership, page.access) ? <Outlet /> : <ForbiddenPage />;
}
