import { COMMUNITY_KINDS, CommunityCreateSchema, type CommunityKind } from '@weerbaar/core/sharing';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useCreateCommunity } from '../../api/sharing.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';

/** A new community, owned by the acting organisation; it opens the community to add members. */
export function CreateCommunityForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCommunity();
  const [kind, setKind] = useState<CommunityKind>('ad-hoc');
  const fields = {
    name: { id: 'community-name', label: t('communities.fields.name') },
    kind: { id: 'community-kind', label: t('communities.fields.kind') },
    sector: { id: 'community-sector', label: t('communities.fields.sector') },
    description: { id: 'community-description', label: t('communities.fields.description') },
  };
  const form = useFormErrors(fields);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const v = formValues(event.currentTarget);
    const body = {
      name: v.name ?? '',
      kind,
      ...(kind === 'sector' && v.sector?.trim() ? { sector: v.sector } : {}),
      ...(v.description?.trim() ? { description: v.description } : {}),
    };
    if (!form.check(CommunityCreateSchema, body)) return;
    create.mutate(body, {
      onSuccess: (community) => void navigate(`/sharing/communities/${community.id}`),
      onError: (error) => {
        if (isApiError(error) && error.status === 409) form.setErrors({ fields: { name: t('communities.nameTaken') } });
        else form.fromProblem(error);
      },
    });
  }

  return (
    <div className="weerbaar-panel" data-testid="community-create">
      <h3 className="utrecht-heading-3">{t('communities.createTitle')}</h3>
      <p className="utrecht-paragraph">{t('communities.createIntro')}</p>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <TextField {...fields.name} name="name" maxLength={200} autoComplete="off" error={form.errors.fields.name} />
        <SelectField
          {...fields.kind}
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as CommunityKind)}
          options={COMMUNITY_KINDS.map((k) => ({ value: k, label: t(`sharingPage.kinds.${k}`) }))}
          hint={t(`communities.kindHints.${kind}`)}
          error={form.errors.fields.kind}
        />
        {kind === 'sector' && (
          <TextField
            {...fields.sector}
            name="sector"
            optional
            maxLength={100}
            hint={t('communities.sectorHint')}
            error={form.errors.fields.sector}
          />
        )}
        <TextAreaField
          {...fields.description}
          name="description"
          optional
          maxLength={2000}
          error={form.errors.fields.description}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={create.isPending} busyLabel={t('common.saving')}>
            {t('communities.create')}
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}
