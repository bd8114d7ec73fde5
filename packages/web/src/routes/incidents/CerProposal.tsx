import type { CerDisruptionAssessment } from '@weerbaar/core/incidents';
import { useTranslation } from 'react-i18next';
import { CriteriaList } from './CriteriaList.tsx';
import { factLabel } from './impact-fact-labels.ts';

/**
 * The CER Art. 15(1) weighing for a critical entity (Wwke): does the incident significantly disrupt the
 * provision of an essential service? Shown next to the NIS2 proposal, with the facts it still misses.
 */
export function CerProposal({ proposal }: { proposal: CerDisruptionAssessment }) {
  const { t } = useTranslation();
  return (
    <div data-testid="cer-proposal">
      <h3 className="utrecht-heading-3">{t('incidents.criteria.cerTitle')}</h3>
      <p className="utrecht-paragraph">
        <strong>
          {t('incidents.significance.proposal', {
            outcome: t(`incidents.criteria.cerOutcomes.${proposal.outcome}`),
          })}
        </strong>
      </p>
      {proposal.criteriaMet.length > 0 && (
        <>
          <h4 className="utrecht-heading-4">{t('incidents.significance.criteriaMet')}</h4>
          <CriteriaList criteria={proposal.criteriaMet} />
        </>
      )}
      {proposal.missingFacts.length > 0 && (
        <>
          <h4 className="utrecht-heading-4">{t('incidents.significance.missing')}</h4>
          <ul className="utrecht-unordered-list weerbaar-criteria" data-testid="cer-missing-facts-list">
            {proposal.missingFacts.map((fact) => (
              <li className="utrecht-unordered-list__item" key={fact}>
                {factLabel(t, fact)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
