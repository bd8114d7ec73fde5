import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page.tsx';

const link = 'utrecht-link utrecht-link--html-a';

/** `/` for a visitor without a session: what Weerbaar is for, the public self-check and the sign-in. */
export function LandingPage() {
  const { t } = useTranslation();
  const points = t('landing.points', { returnObjects: true });
  return (
    <Page title={t('landing.title')} lead={t('landing.lead')}>
      <section className="weerbaar-section" aria-labelledby="landing-what">
        <h2 className="utrecht-heading-2" id="landing-what">
          {t('landing.whatTitle')}
        </h2>
        <ul className="utrecht-unordered-list">
          {points.map((point) => (
            <li className="utrecht-unordered-list__item" key={point}>
              {point}
            </li>
          ))}
        </ul>
      </section>
      <section className="weerbaar-section" aria-labelledby="landing-check">
        <h2 className="utrecht-heading-2" id="landing-check">
          {t('landing.checkTitle')}
        </h2>
        <p className="utrecht-paragraph">{t('landing.checkText')}</p>
        <p className="utrecht-paragraph">
          <Link
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
            to="/check"
          >
            {t('landing.checkLink')}
          </Link>
        </p>
      </section>
      <section className="weerbaar-section" aria-labelledby="landing-knowledge">
        <h2 className="utrecht-heading-2" id="landing-knowledge">
          {t('knowledgeLink.title')}
        </h2>
        <p className="utrecht-paragraph">{t('knowledgeLink.text')}</p>
        <p className="utrecht-paragraph">
          <Link className={link} to="/kennisbank">
            {t('knowledgeLink.link')}
          </Link>
        </p>
      </section>
      <section className="weerbaar-section" aria-labelledby="landing-sign-in">
        <h2 className="utrecht-heading-2" id="landing-sign-in">
          {t('landing.signInTitle')}
        </h2>
        <p className="utrecht-paragraph">{t('landing.signInText')}</p>
        <p className="utrecht-paragraph">
          <Link className={link} to="/login">
            {t('landing.signInLink')}
          </Link>
        </p>
      </section>
    </Page>
  );
}
