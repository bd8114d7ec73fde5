import type { BundleImportResult, ObjectImportResult, TlpLabel } from '@weerbaar/core/sharing';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCommunities, useImportBundle } from '../../api/sharing.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { FormField, describedBy } from '../../components/FormField.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TlpChoice } from '../../components/TlpChoice.tsx';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { readBundleFile } from './stix-bundle-file.ts';

/** Upload a STIX 2.1 bundle into a community: every object gets its own result (partial success). */
export function StixImportPage() {
  const { t } = useTranslation();
  const communities = useCommunities();
  const importBundle = useImportBundle();
  const [tlp, setTlp] = useState<TlpLabel>('AMBER+STRICT');
  const [result, setResult] = useState<BundleImportResult>();
  const fields = {
    communityId: { id: 'stix-community', label: t('stixImport.community') },
    bundle: { id: 'stix-file', label: t('stixImport.file') },
    tlp: { id: 'stix-tlp', label: t('stixImport.tlp') },
  };
  const form = useFormErrors(fields);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (importBundle.isPending) return;
    const data = new FormData(event.currentTarget);
    const communityId = String(data.get('communityId') ?? '');
    const file = data.get('bundle');
    const errors: Record<string, string> = {};
    if (!communityId) errors.communityId = t('validation.required');
    if (!(file instanceof File) || file.size === 0) errors.bundle = t('stixImport.fileRequired');
    if (Object.keys(errors).length > 0 || !(file instanceof File)) return form.setErrors({ fields: errors });
    const read = readBundleFile(await file.text());
    if ('problem' in read) return form.setErrors({ fields: { bundle: t(`stixImport.${read.problem}`) } });
    form.clear();
    setResult(undefined);
    importBundle.mutate({ communityId, bundle: read.bundle, tlp }, { onSuccess: setResult, onError: form.fromProblem });
  }

  const columns: Column<ObjectImportResult>[] = [
    { key: 'index', header: t('stixImport.index'), cell: (r) => r.index + 1, numeric: true },
    { key: 'type', header: t('stixImport.type'), cell: (r) => r.type ?? '—' },
    { key: 'id', header: t('stixImport.id'), cell: (r) => (r.id ? <code>{r.id}</code> : '—') },
    { key: 'outcome', header: t('stixImport.outcome'), cell: (r) => t(`stixImport.outcomes.${r.outcome}`) },
    { key: 'reason', header: t('stixImport.reason'), cell: (r) => r.reason ?? '' },
  ];

  return (
    <Page title={t('stixImport.title')} lead={t('stixImport.intro')}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/sharing">
          {t('communities.back')}
        </Link>
      </p>
      <QueryState query={communities} empty={<p className="utrecht-paragraph">{t('stixImport.noCommunities')}</p>}>
        {(data) => (
          <>
            <ErrorSummary errors={form.errors} fields={fields} />
            <form className="utrecht-form weerbaar-form" noValidate onSubmit={(e) => void onSubmit(e)}>
              <SelectField
                {...fields.communityId}
                name="communityId"
                options={data.items.map((c) => ({ value: c.id, label: c.name }))}
                error={form.errors.fields.communityId}
              />
              <FormField
                id={fields.bundle.id}
                label={fields.bundle.label}
                hint={t('stixImport.fileHint')}
                error={form.errors.fields.bundle}
              >
                <input
                  id={fields.bundle.id}
                  name="bundle"
                  type="file"
                  accept=".json,application/json,application/stix+json"
                  className="utrecht-textbox utrecht-textbox--html-input"
                  aria-invalid={form.errors.fields.bundle ? true : undefined}
                  aria-describedby={describedBy({
                    id: fields.bundle.id,
                    hint: t('stixImport.fileHint'),
                    error: form.errors.fields.bundle,
                  })}
                />
              </FormField>
              <TlpChoice
                id={fields.tlp.id}
                name="tlp"
                legend={fields.tlp.label}
                value={tlp}
                onChange={setTlp}
                error={form.errors.fields.tlp}
              />
              <div className="weerbaar-actions">
                <SubmitButton busy={importBundle.isPending} busyLabel={t('stixImport.busy')}>
                  {t('stixImport.submit')}
                </SubmitButton>
              </div>
            </form>
          </>
        )}
      </QueryState>
      <LiveMessage message={result && t('stixImport.summary', result)} />
      {result && (
        <section className="weerbaar-section" aria-labelledby="stix-results" data-testid="stix-import-results">
          <h2 className="utrecht-heading-2" id="stix-results">
            {t('stixImport.resultsTitle')}
          </h2>
          <p className="utrecht-paragraph">{t('stixImport.summary', result)}</p>
          {result.results.length === 0 ? (
            <p className="utrecht-paragraph">{t('stixImport.noObjects')}</p>
          ) : (
            <DataTable
              caption={t('stixImport.resultsCaption')}
              columns={columns}
              rows={result.results}
              rowKey={(r) => String(r.index)}
            />
          )}
        </section>
      )}
    </Page>
  );
}
