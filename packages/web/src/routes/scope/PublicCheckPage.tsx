import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { withNext } from '../../auth/next-path.ts';
import { Page } from '../../components/Page.tsx';
import { ScopeWizard } from './ScopeWizard.tsx';
import './scope.css';

/** /check: the self-assessment for anyone, without signing in; the answers never leave the evaluation call. */
export function PublicCheckPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('scopeWizard.title')} lead={`${t('scopeWizard.lead')} ${t('scopeWizard.publicLead')}`}>
      <ScopeWizard
        resultActions={() => (
          <p className="utrecht-paragraph">
            {t('scopeWizard.result.nothingStored')}{' '}
            <Link className="utrecht-link utrecht-link--html-a" to={withNext('/login', '/scope')}>
              {t('scopeWizard.result.logIn')}
            </Link>
            .
          </p>
        )}
      />
    </Page>
  );
}
