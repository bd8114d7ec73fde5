import { CheckboxField } from '../../../components/CheckboxField.tsx';
import { SsoConfigUpdateSchema, SsoJoinRoleSchema, type SsoConfig } from '@weerbaar/core/platform';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveSsoConfig, useSsoConfig } from '../../../api/sso.ts';
import { grantableRolesForPeople } from '../../../auth/grantable-roles.ts';
import { useActiveMembership } from '../../../auth/use-current-session.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../../components/LiveMessage.tsx';
import { Page } from '../../../components/Page.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { SubmitButton } from '../../../components/SubmitButton.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { formValues } from '../../../forms/form-values.ts';
import { useFormErrors } from '../../../forms/use-form-errors.ts';

const FIELDS = ['issuer', 'clientId', 'clientSecret', 'allowedDomains', 'joinRole', 'mfaAcrValues'] as const;
const list = (text: string | undefined) =>
  (text ?? '')
    .split(/[\s,;]+/)
    .map((v) => v.trim())
    .filter(Boolean);

/** The owner sets up sign-in through the organisation's own identity provider (OpenID Connect). */
export function SsoSettingsPage() {
  const { t } = useTranslation();
  const membership = useActiveMembership();
  const config = useSsoConfig();
  return (
    <Page title={t('sso.title')} lead={t('sso.intro', { org: membership.orgName })}>
      {config.data === undefined ? <QueryState query={config} /> : <SsoForm config={config.data} />}
    </Page>
  );
}

function SsoForm({ config }: { config: SsoConfig }) {
  const { t } = useTranslation();
  const membership = useActiveMembership();
  const save = useSaveSsoConfig();
  const form = useFormErrors(FIELDS);
  const [message, setMessage] = useState<string>();
  const roles = grantableRolesForPeople(membership).filter((r) => SsoJoinRoleSchema.safeParse(r).success);
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { id: `sso-${f}`, label: t(`sso.${f}`) }])) as Record<
    (typeof FIELDS)[number],
    { id: string; label: string }
  >;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const element = event.currentTarget;
    const values = formValues(element);
    const data = new FormData(element);
    const body = {
      enabled: data.get('enabled') === 'on',
      issuer: (values.issuer ?? '').trim(),
      clientId: (values.clientId ?? '').trim(),
      clientSecret: values.clientSecret?.trim() || undefined,
      allowedDomains: list(values.allowedDomains).map((d) => d.toLowerCase()),
      joinRole: values.joinRole ?? '',
      trustProviderMfa: data.get('trustProviderMfa') === 'on',
      mfaAcrValues: list(values.mfaAcrValues),
    };
    if (!form.check(SsoConfigUpdateSchema, body)) return;
    save.mutate(SsoConfigUpdateSchema.parse(body), {
      onSuccess: () => {
        const secret = element.elements.namedItem('clientSecret');
        if (secret instanceof HTMLInputElement) secret.value = '';
        setMessage(t('sso.saved'));
      },
      onError: form.fromProblem,
    });
  }

  return (
    <>
      <h2 className="utrecht-heading-2">{t('sso.providerHeading')}</h2>
      <p className="utrecht-paragraph">{t('sso.redirectUriIntro')}</p>
      <p className="utrecht-paragraph">
        <code>{config.redirectUri}</code>
      </p>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <CheckboxField id="sso-enabled" name="enabled" label={t('sso.enabled')} defaultChecked={config.enabled} />
        <TextField
          {...fields.issuer}
          name="issuer"
          type="url"
          spellCheck={false}
          defaultValue={config.issuer}
          hint={t('sso.issuerHint')}
          error={form.errors.fields.issuer}
        />
        <TextField
          {...fields.clientId}
          name="clientId"
          spellCheck={false}
          defaultValue={config.clientId}
          error={form.errors.fields.clientId}
        />
        <TextField
          {...fields.clientSecret}
          name="clientSecret"
          type="password"
          autoComplete="off"
          optional
          hint={config.clientSecretSet ? t('sso.clientSecretSet') : t('sso.clientSecretHint')}
          error={form.errors.fields.clientSecret}
        />
        <TextField
          {...fields.allowedDomains}
          name="allowedDomains"
          spellCheck={false}
          defaultValue={config.allowedDomains.join(', ')}
          hint={t('sso.allowedDomainsHint')}
          error={form.errors.fields.allowedDomains}
        />
        <SelectField
          {...fields.joinRole}
          name="joinRole"
          defaultValue={config.joinRole}
          options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          hint={t('sso.joinRoleHint')}
          error={form.errors.fields.joinRole}
        />
        <h2 className="utrecht-heading-2">{t('sso.mfaHeading')}</h2>
        <p className="utrecht-paragraph">{t('sso.mfaIntro')}</p>
        <CheckboxField
          id="sso-trustProviderMfa"
          name="trustProviderMfa"
          label={t('sso.trustProviderMfa')}
          defaultChecked={config.trustProviderMfa}
        />
        <TextField
          {...fields.mfaAcrValues}
          name="mfaAcrValues"
          spellCheck={false}
          optional
          defaultValue={config.mfaAcrValues.join(', ')}
          hint={t('sso.mfaAcrValuesHint')}
          error={form.errors.fields.mfaAcrValues}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={save.isPending} busyLabel={t('common.saving')}>
            {t('sso.save')}
          </SubmitButton>
        </div>
      </form>
      <LiveMessage message={message} />
    </>
  );
}
