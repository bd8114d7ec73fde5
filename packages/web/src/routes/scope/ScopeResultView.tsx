import type {
  ConditionalRegimeOutcome,
  ConditionalScopeEvaluation,
  DefiniteScopeEvaluation,
  Obligation,
  RegimeOutcome,
  ScopeEvaluation,
} from '@weerbaar/core/scope';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countryList } from '../../format/countries.ts';
import { currentLocale } from '../../i18n/index.ts';
import { classLabel, conditionText, fieldLabel } from './result-text.ts';
import { cite } from '../../format/citation.ts';

interface ScopeResultViewProps {
  result: ScopeEvaluation;
  /** Shown under the heading, e.g. when a saved assessment was made. */
  meta?: ReactNode;
  /** Buttons and notes under the result (save, change answers); not printed. */
  actions?: ReactNode;
  /** Move focus to the heading when shown (after the wizard's last step). */
  focusOnShow?: boolean;
}

const REGIMES = ['nl', 'eu'] as const;

/**
 * The outcome of a scope assessment: the classification under the Cbw and under NIS2 with the deciding
 * article, the reasoning in order, and the obligations with their articles — or, with "weet ik niet"
 * answers, what the outcome depends on. Also the printable document (scope.css, @media print).
 */
export function ScopeResultView({ result, meta, actions, focusOnShow = false }: ScopeResultViewProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow, result]);

  return (
    <section className="weerbaar-scope-result weerbaar-section" aria-labelledby="scope-result-heading">
      <h2 className="utrecht-heading-2" id="scope-result-heading" ref={heading} tabIndex={-1}>
        {result.outcome === 'definite' ? t('scopeWizard.result.title') : t('scopeWizard.result.conditionalHeading')}
      </h2>
      {meta}
      {result.outcome === 'definite' ? <DefiniteResult result={result} /> : <ConditionalResult result={result} />}
      <p className="utrecht-paragraph weerbaar-muted">
        {t('scopeWizard.result.rulesVersion', { version: result.rules_version })}. {t('scopeWizard.disclaimer')}
      </p>
      <div className="weerbaar-actions weerbaar-no-print">
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => window.print()}
        >
          {t('scopeWizard.result.print')}
        </button>
      </div>
      {actions && <div className="weerbaar-no-print">{actions}</div>}
    </section>
  );
}

function Verdict({
  regime,
  children,
  otherStates,
}: {
  regime: 'nl' | 'eu';
  children: ReactNode;
  otherStates?: string;
}) {
  const { t } = useTranslation();
  return (
    <li className="weerbaar-card weerbaar-scope-verdict" data-testid={`scope-verdict-${regime}`}>
      <h3 className="utrecht-heading-3">
        {regime === 'nl' ? t('scopeWizard.result.nlHeading') : t('scopeWizard.result.euHeading')}
      </h3>
      {children}
      {regime === 'eu' && (
        <p className="utrecht-paragraph weerbaar-muted">
          {otherStates
            ? t('scopeWizard.result.euNoteOtherState', { states: otherStates })
            : t('scopeWizard.result.euNote')}
        </p>
      )}
    </li>
  );
}

function DefiniteResult({ result }: { result: DefiniteScopeEvaluation }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  // Only another Member State has jurisdiction (NIS2 Art. 26; Cbw art. 4): say whose law applies instead.
  const j = result.jurisdiction;
  const otherStates =
    j && !j.assumed && !j.member_states.includes('NL') && j.member_states.length > 0
      ? countryList(j.member_states, locale)
      : undefined;
  return (
    <>
      <ul className="weerbaar-cards weerbaar-scope-verdicts">
        {REGIMES.map((regime) => (
          <Verdict regime={regime} key={regime} otherStates={otherStates}>
            <DefiniteVerdict regime={regime} outcome={result[regime]} />
          </Verdict>
        ))}
      </ul>
      <p className="utrecht-paragraph">
        <strong>{t('scopeWizard.result.sizeClass')}:</strong> {t(`scopeWizard.result.sizes.${result.size_class}`)}
        {result.size && (
          <span className="weerbaar-muted">
            {' '}
            ({[result.size.aggregation_article, result.size.period_article].map(cite).join('; ')})
          </span>
        )}
      </p>
      {result.jurisdiction && !result.jurisdiction.assumed && (
        <p className="utrecht-paragraph" data-testid="scope-jurisdiction">
          {t('scopeWizard.result.jurisdiction', {
            states: countryList(result.jurisdiction.member_states, locale) || '—',
            article: cite(result.jurisdiction.decided_by),
          })}
        </p>
      )}

      <h3 className="utrecht-heading-3">{t('scopeWizard.result.reasonsHeading')}</h3>
      <ol className="utrecht-ordered-list weerbaar-scope-reasons">
        {result.reasons.map((reason, i) => (
          <li className="utrecht-ordered-list__item" key={`${reason.key}-${i}`}>
            {reason.text[locale]} <span className="weerbaar-muted">({cite(reason.article)})</span>
          </li>
        ))}
      </ol>

      <h3 className="utrecht-heading-3">{t('scopeWizard.result.obligationsHeading')}</h3>
      {REGIMES.map((regime) => (
        <Obligations
          key={regime}
          heading={regime === 'nl' ? t('scopeWizard.result.nlObligations') : t('scopeWizard.result.euObligations')}
          obligations={result.obligations.filter((o) => o.regime === regime)}
        />
      ))}
    </>
  );
}

function DefiniteVerdict({ regime, outcome }: { regime: 'nl' | 'eu'; outcome: RegimeOutcome }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="utrecht-paragraph weerbaar-scope-class">{classLabel(regime, outcome.classification, t)}</p>
      <p className="utrecht-paragraph">{t('scopeWizard.result.decidedBy', { article: cite(outcome.decided_by) })}</p>
    </>
  );
}

function Obligations({ heading, obligations }: { heading: string; obligations: Obligation[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <>
      <h4 className="utrecht-heading-4">{heading}</h4>
      {obligations.length === 0 ? (
        <p className="utrecht-paragraph">{t('scopeWizard.result.noObligations')}</p>
      ) : (
        <ul className="utrecht-unordered-list weerbaar-scope-obligations">
          {obligations.map((o) => (
            <li className="utrecht-unordered-list__item" key={`${o.regime}-${o.key}`}>
              <strong>{o.label[locale]}</strong> <span className="weerbaar-muted">({cite(o.article)})</span>:{' '}
              {o.text[locale]}
              {o.replaced_by && <> {t('scopeWizard.result.replacedBy', { act: cite(o.replaced_by) })}.</>}
              {o.exempted_by && <> {t('scopeWizard.result.exemptedBy', { basis: cite(o.exempted_by) })}.</>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function ConditionalResult({ result }: { result: ConditionalScopeEvaluation }) {
  const { t } = useTranslation();
  const dependsOn = result.depends_on.map((path) => fieldLabel(path, t));
  return (
    <>
      <p className="utrecht-paragraph">{t('scopeWizard.result.conditionalIntro')}</p>
      <p className="utrecht-paragraph weerbaar-scope-depends" data-testid="scope-depends-on">
        <strong>
          {dependsOn.length > 0
            ? t('scopeWizard.result.dependsOn', { list: dependsOn.join(', ') })
            : t('scopeWizard.result.noDependence')}
        </strong>
      </p>
      <ul className="weerbaar-cards weerbaar-scope-verdicts">
        {REGIMES.map((regime) => (
          <Verdict regime={regime} key={regime}>
            <ConditionalVerdict regime={regime} outcome={result[regime]} />
          </Verdict>
        ))}
      </ul>
      <p className="utrecht-paragraph">{t('scopeWizard.result.conditionalAdvice')}</p>
    </>
  );
}

function ConditionalVerdict({ regime, outcome }: { regime: 'nl' | 'eu'; outcome: ConditionalRegimeOutcome }) {
  const { t } = useTranslation();
  if (outcome.classification !== null) {
    return (
      <>
        <p className="utrecht-paragraph weerbaar-scope-class">{classLabel(regime, outcome.classification, t)}</p>
        <p className="utrecht-paragraph">
          {outcome.decided_by
            ? t('scopeWizard.result.decidedBy', { article: cite(outcome.decided_by) })
            : t('scopeWizard.result.articleDepends')}
        </p>
      </>
    );
  }
  return (
    <>
      <p className="utrecht-paragraph">
        <strong>{t('scopeWizard.result.possible')}</strong>
      </p>
      <ul className="utrecht-unordered-list">
        {outcome.outcomes.map((o) => (
          <li className="utrecht-unordered-list__item" key={`${o.classification}-${o.decided_by}`}>
            <strong>{classLabel(regime, o.classification, t)}</strong> ({cite(o.decided_by)}),{' '}
            {Object.keys(o.when).length > 0
              ? t('scopeWizard.result.when', { conditions: conditionText(o.when, t, t('scopeWizard.result.and')) })
              : t('scopeWizard.result.always')}
          </li>
        ))}
      </ul>
    </>
  );
}
