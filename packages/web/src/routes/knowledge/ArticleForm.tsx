import { KNOWLEDGE_KINDS, KnowledgeArticleInputSchema } from '@weerbaar/core/knowledge';
import { TLP_LABELS } from '@weerbaar/core/sharing';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCommunities } from '../../api/sharing.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { useCreateKnowledgeArticle } from './knowledge-api.ts';

// RED goes to named people only; this form names none, so it offers the other labels (the API takes RED
// with recipientUserIds). AMBER and AMBER+STRICT without named organisations reach the community's members.
const FORM_LABELS = TLP_LABELS.filter((l) => l !== 'RED');

/** The authority writes a new article as a draft; it publishes it on the article's page. */
export function ArticleForm() {
  const { t } = useTranslation();
  const communities = useCommunities();
  const create = useCreateKnowledgeArticle();
  const navigate = useNavigate();
  const form = useFormErrors(['kind', 'title', 'summary', 'body', 'tlp', 'communityId']);
  const [message, setMessage] = useState<string>();
  const fields = {
    kind: { id: 'article-kind', label: t('knowledge.form.kind') },
    title: { id: 'article-title', label: t('knowledge.form.title') },
    summary: { id: 'article-summary', label: t('knowledge.form.summary') },
    body: { id: 'article-body', label: t('knowledge.form.body') },
    tlp: { id: 'article-tlp', label: t('knowledge.form.tlp') },
    communityId: { id: 'article-community', label: t('knowledge.form.community') },
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const v = formValues(event.currentTarget);
    const body = {
      kind: v.kind,
      title: (v.title ?? '').trim(),
      summary: (v.summary ?? '').trim(),
      body: v.body ?? '',
      tlp: v.tlp,
      communityId: v.communityId,
    };
    if (!form.check(KnowledgeArticleInputSchema, body)) return;
    create.mutate(body as Parameters<typeof create.mutate>[0], {
      onSuccess: (article) => {
        setMessage(t('knowledge.form.saved'));
        void navigate(`/knowledge/${article.id}`);
      },
      onError: form.fromProblem,
    });
  }

  return (
    <section className="weerbaar-section" aria-labelledby="knowledge-new">
      <h2 className="utrecht-heading-2" id="knowledge-new">
        {t('knowledge.form.heading')}
      </h2>
      <QueryState query={communities} empty={<p className="utrecht-paragraph">{t('knowledge.form.noCommunity')}</p>}>
        {(data) => (
          <>
            <ErrorSummary errors={form.errors} fields={fields} />
            <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit} aria-labelledby="knowledge-new">
              <SelectField
                {...fields.kind}
                name="kind"
                options={KNOWLEDGE_KINDS.map((k) => ({ value: k, label: t(`knowledge.kinds.${k}`) }))}
                error={form.errors.fields.kind}
              />
              <TextField {...fields.title} name="title" error={form.errors.fields.title} />
              <TextAreaField {...fields.summary} name="summary" rows={3} error={form.errors.fields.summary} />
              <TextAreaField
                {...fields.body}
                name="body"
                rows={12}
                hint={t('knowledge.form.bodyHint')}
                error={form.errors.fields.body}
              />
              <SelectField
                {...fields.tlp}
                name="tlp"
                defaultValue="GREEN"
                hint={t('knowledge.form.tlpHint')}
                options={FORM_LABELS.map((l) => ({ value: l, label: `TLP:${l} — ${t(`tlp.meaning.${l}`)}` }))}
                error={form.errors.fields.tlp}
              />
              <SelectField
                {...fields.communityId}
                name="communityId"
                options={data.items.map((c) => ({ value: c.id, label: c.name }))}
                error={form.errors.fields.communityId}
              />
              <div className="weerbaar-actions">
                <SubmitButton busy={create.isPending} busyLabel={t('common.saving')}>
                  {t('knowledge.form.save')}
                </SubmitButton>
              </div>
            </form>
          </>
        )}
      </QueryState>
      <LiveMessage message={message} />
    </section>
  );
}
