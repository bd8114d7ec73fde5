import { AdvisoryAuthorSchema } from '@weerbaar/core/advisories';
import type { TlpLabel } from '@weerbaar/core/sharing';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Page } from '../../components/Page.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { TlpChoice } from '../../components/TlpChoice.tsx';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { usePublishAdvisory } from './advisories-api.ts';
import {
  advisoryBody,
  emptyProduct,
  emptyVulnerability,
  PRODUCT_STATUSES,
  type ProductRow,
  type VulnerabilityRow,
} from './publish-advisory.ts';

const PRODUCT_FIELDS = ['vendor', 'product', 'versions', 'status', 'cpe', 'purl'] as const;
const VULN_FIELDS = ['cve', 'title', 'description', 'cvssVector', 'remediation', 'remediationUrl'] as const;
const OPTIONAL = new Set(['cpe', 'purl', 'title', 'cvssVector', 'remediationUrl']);

/**
 * The authority writes and publishes a security advisory (CSAF 2.0, issue 14 item 4): it is matched at once
 * against every entity's inventory, and the entities it hits get "U bent geraakt". The TLP label decides who
 * receives it; the CSAF document carries its TLP 1.0 equivalent (never a wider audience).
 */
export function PublishAdvisoryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const publish = usePublishAdvisory();
  const [head, setHead] = useState({ trackingId: '', title: '', summary: '' });
  const [tlp, setTlp] = useState<TlpLabel>('GREEN');
  const [products, setProducts] = useState<ProductRow[]>([emptyProduct()]);
  const [vulns, setVulns] = useState<VulnerabilityRow[]>([emptyVulnerability()]);

  const fields: Record<string, { id: string; label: string }> = {
    trackingId: { id: 'advisory-trackingId', label: t('advisoryPublish.fields.trackingId') },
    title: { id: 'advisory-title', label: t('advisoryPublish.fields.title') },
    summary: { id: 'advisory-summary', label: t('advisoryPublish.fields.summary') },
    tlp: { id: 'advisory-tlp', label: t('advisoryPublish.fields.tlp') },
  };
  products.forEach((_p, i) =>
    PRODUCT_FIELDS.forEach((f) => {
      fields[`products.${i}.${f}`] = {
        id: `advisory-products-${i}-${f}`,
        label: t('advisoryPublish.rowField', { n: i + 1, field: t(`advisoryPublish.productFields.${f}`) }),
      };
    }),
  );
  vulns.forEach((_v, i) =>
    VULN_FIELDS.forEach((f) => {
      fields[`vulnerabilities.${i}.${f}`] = {
        id: `advisory-vulnerabilities-${i}-${f}`,
        label: t('advisoryPublish.vulnField', { n: i + 1, field: t(`advisoryPublish.vulnFields.${f}`) }),
      };
    }),
  );
  const form = useFormErrors(fields);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (publish.isPending) return;
    const body = advisoryBody({ ...head, tlp, products, vulnerabilities: vulns });
    if (!form.check(AdvisoryAuthorSchema, body)) return;
    publish.mutate(body, {
      onSuccess: (r) => void navigate(`/advisories/${r.advisoryId}`),
      onError: (error) =>
        isApiError(error) && error.status === 409
          ? form.setErrors({ fields: { trackingId: t('advisoryPublish.trackingIdTaken') } })
          : form.fromProblem(error),
    });
  }

  const setProduct = (i: number, key: keyof ProductRow, value: string) =>
    setProducts((rows) => rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const setVuln = (i: number, key: keyof VulnerabilityRow, value: string) =>
    setVulns((rows) => rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const err = (name: string) => form.errors.fields[name];

  return (
    <Page title={t('advisoryPublish.title')} lead={t('advisoryPublish.intro')}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/advisories">
          {t('inventory.back')}
        </Link>
      </p>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit} data-testid="advisory-publish">
        <TextField
          {...fields.trackingId!}
          name="trackingId"
          value={head.trackingId}
          onChange={(e) => setHead({ ...head, trackingId: e.target.value })}
          hint={t('advisoryPublish.trackingIdHint')}
          spellCheck={false}
          error={err('trackingId')}
        />
        <TextField
          {...fields.title!}
          name="title"
          value={head.title}
          maxLength={300}
          onChange={(e) => setHead({ ...head, title: e.target.value })}
          error={err('title')}
        />
        <TextAreaField
          {...fields.summary!}
          name="summary"
          value={head.summary}
          maxLength={4000}
          hint={t('advisoryPublish.summaryHint')}
          onChange={(e) => setHead({ ...head, summary: e.target.value })}
          error={err('summary')}
        />
        <TlpChoice
          id={fields.tlp!.id}
          name="tlp"
          legend={fields.tlp!.label}
          value={tlp}
          onChange={setTlp}
          error={err('tlp')}
        />
        <p className="utrecht-paragraph">{t('advisoryPublish.tlpNote')}</p>

        <h2 className="utrecht-heading-2">{t('advisoryPublish.productsTitle')}</h2>
        <p className="utrecht-paragraph">{t('advisoryPublish.productsIntro')}</p>
        {products.map((p, i) => (
          <fieldset className="utrecht-form-fieldset weerbaar-panel" key={i}>
            <legend className="utrecht-form-fieldset__legend">
              {t('advisoryPublish.productLegend', { n: i + 1 })}
            </legend>
            {PRODUCT_FIELDS.map((f) => {
              const name = `products.${i}.${f}`;
              const common = {
                ...fields[name]!,
                label: t(`advisoryPublish.productFields.${f}`),
                name,
                error: err(name),
              };
              return f === 'status' ? (
                <SelectField
                  key={f}
                  {...common}
                  value={p.status}
                  onChange={(e) => setProduct(i, 'status', e.target.value)}
                  options={PRODUCT_STATUSES.map((s) => ({ value: s, label: t(`advisoryPublish.statuses.${s}`) }))}
                />
              ) : (
                <TextField
                  key={f}
                  {...common}
                  value={p[f]}
                  optional={OPTIONAL.has(f)}
                  spellCheck={f === 'vendor' || f === 'product' ? undefined : false}
                  hint={f === 'versions' || f === 'cpe' ? t(`advisoryPublish.hints.${f}`) : undefined}
                  onChange={(e) => setProduct(i, f, e.target.value)}
                />
              );
            })}
            {products.length > 1 && (
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                onClick={() => setProducts((rows) => rows.filter((_r, j) => j !== i))}
              >
                {t('advisoryPublish.removeProduct', { n: i + 1 })}
              </button>
            )}
          </fieldset>
        ))}
        <div className="weerbaar-actions">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => setProducts((rows) => [...rows, emptyProduct()])}
          >
            {t('advisoryPublish.addProduct')}
          </button>
        </div>

        <h2 className="utrecht-heading-2">{t('advisoryPublish.vulnsTitle')}</h2>
        {vulns.map((v, i) => (
          <fieldset className="utrecht-form-fieldset weerbaar-panel" key={i}>
            <legend className="utrecht-form-fieldset__legend">{t('advisoryPublish.vulnLegend', { n: i + 1 })}</legend>
            {VULN_FIELDS.map((f) => {
              const name = `vulnerabilities.${i}.${f}`;
              const common = {
                ...fields[name]!,
                label: t(`advisoryPublish.vulnFields.${f}`),
                name,
                value: v[f],
                error: err(name),
                optional: OPTIONAL.has(f),
              };
              return f === 'description' || f === 'remediation' ? (
                <TextAreaField key={f} {...common} maxLength={4000} onChange={(e) => setVuln(i, f, e.target.value)} />
              ) : (
                <TextField
                  key={f}
                  {...common}
                  spellCheck={f === 'title' ? undefined : false}
                  type={f === 'remediationUrl' ? 'url' : 'text'}
                  hint={f === 'cve' || f === 'cvssVector' ? t(`advisoryPublish.hints.${f}`) : undefined}
                  onChange={(e) => setVuln(i, f, e.target.value)}
                />
              );
            })}
            {vulns.length > 1 && (
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                onClick={() => setVulns((rows) => rows.filter((_r, j) => j !== i))}
              >
                {t('advisoryPublish.removeVuln', { n: i + 1 })}
              </button>
            )}
          </fieldset>
        ))}
        <div className="weerbaar-actions">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => setVulns((rows) => [...rows, emptyVulnerability()])}
          >
            {t('advisoryPublish.addVuln')}
          </button>
        </div>
        <div className="weerbaar-actions">
          <SubmitButton busy={publish.isPending} busyLabel={t('advisoryPublish.busy')}>
            {t('advisoryPublish.submit')}
          </SubmitButton>
        </div>
      </form>
    </Page>
  );
}
