import { THREAT_THEMES, type Threat } from '@weerbaar/core/risk';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { RiskForm } from './RiskForm.tsx';
import { useCreateRisk, useCreateScenario, useCrownJewels, useRiskMatrix, useThreats } from './risk-api.ts';

const NO_ASSET = '';

/**
 * The guided scenario builder: start from a crown jewel, pick a threat from the all-hazards catalogue,
 * describe what happens, then score it (CER Art. 12(2); NIS2 Art. 21(2)(a)).
 */
export function ScenarioBuilderPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const jewels = useCrownJewels();
  const threats = useThreats();
  const matrix = useRiskMatrix();
  const createScenario = useCreateScenario();
  const createRisk = useCreateRisk();
  const [assetId, setAssetId] = useState<string>(NO_ASSET);
  const [threatId, setThreatId] = useState<string>('');
  const [title, setTitle] = useState('');
  const [titleEdited, setTitleEdited] = useState(false);
  // A scenario saved on an earlier try is reused, so a refused score does not leave a second scenario.
  const saved = useRef<{ key: string; id: string } | undefined>(undefined);

  if (!jewels.data || !threats.data || !matrix.data) {
    return (
      <Page title={t('risk.builder.title')}>
        <QueryState query={!jewels.data ? jewels : !threats.data ? threats : matrix} />
      </Page>
    );
  }
  const jewelList = jewels.data;
  const threatList = threats.data;
  const threat: Threat | undefined = threatList.find((x) => x.id === threatId);
  const asset = jewelList.find((a) => a.id === assetId);

  function suggest(nextThreat: Threat | undefined, nextAsset: { name: string } | undefined) {
    if (titleEdited || !nextThreat) return;
    setTitle(
      nextAsset
        ? t('risk.builder.suggestedTitle', { threat: nextThreat.name, asset: nextAsset.name })
        : nextThreat.name,
    );
  }

  const steps = (
    <>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('risk.form.step', { step: 1 })} {t('risk.builder.pickJewel')}
        </legend>
        {jewelList.length === 0 && (
          <p className="utrecht-paragraph" data-testid="builder-no-jewels">
            {t('risk.builder.noJewels')}{' '}
            <Link className="utrecht-link utrecht-link--html-a" to="/assets">
              {t('risk.builder.toAssets')}
            </Link>
          </p>
        )}
        {[
          ...jewelList.map((a) => ({ id: a.id, label: a.name })),
          { id: NO_ASSET, label: t('risk.builder.noJewel') },
        ].map((option) => (
          <div className="utrecht-form-field utrecht-form-field--radio" key={option.id || 'none'}>
            <input
              type="radio"
              className="utrecht-radio-button utrecht-radio-button--html-input"
              id={`builder-jewel-${option.id || 'none'}`}
              name="assetId"
              value={option.id}
              checked={assetId === option.id}
              onChange={() => {
                setAssetId(option.id);
                suggest(
                  threat,
                  jewelList.find((a) => a.id === option.id),
                );
              }}
            />
            <label
              className="utrecht-form-label utrecht-form-label--radio"
              htmlFor={`builder-jewel-${option.id || 'none'}`}
            >
              {option.label}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('risk.form.step', { step: 2 })} {t('risk.builder.pickThreat')}
        </legend>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="builder-threat">
            {t('risk.builder.threat')}
          </label>
          <select
            id="builder-threat"
            aria-describedby="builder-threat-info"
            name="threatId"
            className="utrecht-select utrecht-select--html-select"
            value={threatId}
            onChange={(e) => {
              setThreatId(e.target.value);
              suggest(
                threatList.find((x) => x.id === e.target.value),
                asset,
              );
            }}
          >
            <option value="">{t('risk.form.choose')}</option>
            {THREAT_THEMES.map((theme) => (
              <optgroup key={theme.id} label={theme.nameNl}>
                {threatList
                  .filter((x) => x.theme === theme.id)
                  .map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div aria-live="polite" id="builder-threat-info" data-testid="builder-threat-info">
          {threat && (
            <>
              <p className="utrecht-paragraph">{threat.description}</p>
              {threat.typicalScenarios.length > 0 && (
                <>
                  <p className="utrecht-paragraph">{t('risk.builder.typical')}</p>
                  <ul className="utrecht-unordered-list">
                    {threat.typicalScenarios.map((s) => (
                      <li className="utrecht-unordered-list__item" key={s}>
                        {s}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
        </div>
      </fieldset>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('risk.form.step', { step: 3 })} {t('risk.builder.describeScenario')}
        </legend>
        <TextAreaField
          id="builder-scenario"
          name="scenarioDescription"
          label={t('risk.builder.scenarioDescription')}
          hint={t('risk.builder.scenarioHint')}
          optional
          rows={3}
          maxLength={4000}
        />
      </fieldset>
    </>
  );

  return (
    <Page title={t('risk.builder.title')} lead={t('risk.builder.intro')}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/risks">
          {t('risk.detail.back')}
        </Link>
      </p>
      <RiskForm
        idPrefix="builder"
        matrix={matrix.data}
        before={steps}
        firstStep={4}
        extra={{
          fields: { threatId: { id: 'builder-threat', label: t('risk.builder.threat') } },
          check: (): Record<string, string> => (threatId ? {} : { threatId: t('risk.builder.threatMissing') }),
        }}
        title={{
          value: title,
          onChange: (value) => {
            setTitle(value);
            setTitleEdited(true);
          },
        }}
        busy={createScenario.isPending || createRisk.isPending}
        submitLabel={t('risk.builder.save')}
        onSave={async (values, form) => {
          const description = (new FormData(form).get('scenarioDescription') as string | null)?.trim() ?? '';
          const key = JSON.stringify([threatId, assetId, values.title, description]);
          if (saved.current?.key !== key) {
            const scenario = await createScenario.mutateAsync({
              title: values.title,
              description,
              threatId,
              assetIds: assetId ? [assetId] : [],
            });
            saved.current = { key, id: scenario.id };
          }
          const risk = await createRisk.mutateAsync({ ...values, scenarioId: saved.current.id });
          await navigate(`/risks/${risk.id}`);
        }}
      />
    </Page>
  );
}
