import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useLogout } from '../api/session.ts';
import { useCurrentSession } from '../auth/use-current-session.ts';

/** A disclosure (button + list of links), not an ARIA menu: simpler and it behaves like a page. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  const logout = useLogout();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => setOpen(false), [location.pathname]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onFocus = (event: FocusEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('focusin', onFocus);
    };
  }, [open]);

  // No navigation here: once the session is gone, the signed-in guard sends the user to /login.
  const signOut = () => logout.mutate();

  return (
    <div className="weerbaar-user-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="utrecht-button utrecht-button--subtle weerbaar-user-menu__button"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        aria-label={t('header.userMenu', { name: user.name })}
        onClick={() => setOpen((o) => !o)}
      >
        {user.name}
        <span aria-hidden="true" className="weerbaar-user-menu__caret">
          ▾
        </span>
      </button>
      <ul id={`${id}-menu`} className="weerbaar-user-menu__list" hidden={!open}>
        <li>
          <span className="weerbaar-user-menu__email">{user.email}</span>
        </li>
        <li>
          <Link className="utrecht-link utrecht-link--html-a" to="/profile">
            {t('header.profile')}
          </Link>
        </li>
        <li>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={signOut}>
            {t('header.logout')}
          </button>
        </li>
      </ul>
    </div>
  );
}
