import {
  THREAT_NATURES,
  THREAT_THEMES,
  THREAT_THEMES_SOURCE,
  ThreatCreateSchema,
  type ThreatCreate,
} from '@weerbaar/core/risk';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useCan } from '../../auth/use-can.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { useCreateThreat, useThreats } from './risk-api.ts';

const FIELDS = ['name', 'theme', 'nature', 'description', 'typicalScenarios'] as const;

/**
 * The all-hazards threat catalogue by RbRA theme, with the basis of each threat, and the organisation's own
 * threats (NIS2 Art. 21(2); CER Art. 12(2): all relevant natural and man-made risks).
 */
export function ThreatsPage() {
  const { t } = useTranslation();
  const threats = useThreats();
  const create = useCreateThreat();
  const canWrite = useCan('risk:write');
  const form = useFormErrors(FIELDS);
  const [message, setMessage] = useState<string>();
  const fields = Object.fromEntries(
    FIELDS.map((f) => [f, { id: `threat-new-${f}`, label: t(`risk.threats.fields.${f}`) }]),
  ) as Record<(typeof FIELDS)[number], { id: string; label: string }>;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const v = formValues(element);
    const values = {
      name: (v.name ?? '').trim(),
      theme: v.theme as ThreatCreate['theme'],
      nature: v.nature as ThreatCreate['nature'],
      description: (v.description ?? '').trim(),
      typicalScenarios: (v.typicalScenarios ?? '')
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
    };
    if (!form.check(ThreatCreateSchema, values)) return;
    create.mutateAsync(values).then(
      (threat) => {
        element.reset();
        setMessage(t('risk.threats.added', { name: threat.name }));
      },
      (error: unknown) => {
        if (isApiError(error) && error.code === 'conflict')
          form.setErrors({ fields: { name: t('risk.threats.nameTaken') } });
        else form.fromProblem(error);
      },
    );
  }

  return (
    <Page title={t('risk.threats.title')} lead={t('risk.threats.intro')}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/risks">
          {t('risk.detail.back')}
        </Link>
      </p>
      <p className="utrecht-paragraph">
        {t('risk.threats.themesSource')} {THREAT_THEMES_SOURCE}.
      </p>
      <LiveMessage message={message} />
      <QueryState query={threats}>
        {(list) => (
          <>
            {THREAT_THEMES.map((theme) => {
              const inTheme = list.filter((x) => x.theme === theme.id);
              if (inTheme.length === 0) return null;
              return (
                <section className="weerbaar-section" key={theme.id} aria-labelledby={`theme-${theme.id}`}>
                  <h2 className="utrecht-heading-2" id={`theme-${theme.id}`}>
                    {theme.nameNl}
                  </h2>
                  <dl className="weerbaar-facts" data-testid={`threats-${theme.id}`}>
                    {inTheme.map((x) => (
                      <div key={x.id} className="weerbaar-threat">
                        <dt>
                          {x.name}
                          {x.origin === 'organisation' ? ` (${t('risk.threats.own')})` : ''}
                        </dt>
                        <dd>
                          {x.description}
                          {x.typicalScenarios.length > 0 && (
                            <>
                              {' '}
                              {t('risk.threats.forExample')} {x.typicalScenarios.join('; ')}.
                            </>
                          )}
                          {x.source && (
                            <>
                              {' '}
                              <span className="weerbaar-threat__source">
                                {t('risk.threats.source')}: {x.source}
                                {x.themeNote ? ` ${x.themeNote}` : ''}
                              </span>
                            </>
                          )}
                        </dd>
                      </div>
                    ))}
                  </dl>
                </section>
              );
            })}
          </>
        )}
      </QueryState>
      {canWrite && (
        <section className="weerbaar-section weerbaar-panel" aria-labelledby="threat-create-heading">
          <h2 className="utrecht-heading-2" id="threat-create-heading">
            {t('risk.threats.addTitle')}
          </h2>
          <ErrorSummary errors={form.errors} fields={fields} />
          <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
            <TextField
              {...fields.name}
              name="name"
              maxLength={200}
              autoComplete="off"
              error={form.errors.fields.name}
            />
            <SelectField
              {...fields.theme}
              name="theme"
              options={THREAT_THEMES.map((x) => ({ value: x.id, label: x.nameNl }))}
              error={form.errors.fields.theme}
            />
            <SelectField
              {...fields.nature}
              name="nature"
              options={THREAT_NATURES.map((n) => ({ value: n, label: t(`risk.threats.natures.${n}`) }))}
              error={form.errors.fields.nature}
            />
            <TextAreaField
              {...fields.description}
              name="description"
              optional
              rows={3}
              maxLength={4000}
              error={form.errors.fields.description}
            />
            <TextAreaField
              {...fields.typicalScenarios}
              name="typicalScenarios"
              optional
              rows={3}
              hint={t('risk.threats.scenariosHint')}
              error={form.errors.fields.typicalScenarios}
            />
            <div className="weerbaar-actions">
              <SubmitButton busy={create.isPending} busyLabel={t('common.saving')}>
                {t('risk.threats.add')}
              </SubmitButton>
            </div>
          </form>
        </section>
      )}
    </Page>
  );
}
