import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { describedBy, FormField } from '../../components/FormField.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { formatDateTime } from '../../format/date.ts';
import { problemMessage } from '../../forms/form-errors.ts';
import { currentLocale } from '../../i18n/index.ts';
import { formatFileSize } from '../incidents/AttachmentsPanel.tsx';
import { evidenceUrl, useEvidence, useRemoveEvidence, useUploadEvidence } from './measures-api.ts';

const FILE_ID = 'evidence-file';

/** Evidence files of a requirement, kept with their SHA-256 under the same limit as incident attachments. */
export function EvidencePanel({ requirementId, canWrite }: { requirementId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const evidence = useEvidence(requirementId);
  const upload = useUploadEvidence(requirementId);
  const remove = useRemoveEvidence(requirementId);
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const max = evidence.data ? formatFileSize(evidence.data.maxSizeBytes, locale) : '';

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const file = input.current?.files?.[0];
    if (!file) {
      setError(t('measures.evidence.choose'));
      input.current?.focus();
      return;
    }
    if (evidence.data && file.size > evidence.data.maxSizeBytes) {
      setError(t('measures.evidence.tooLarge', { max }));
      input.current?.focus();
      return;
    }
    setError(undefined);
    upload
      .mutateAsync(file)
      .then((added) => {
        element.reset();
        setMessage(t('measures.evidence.added', { name: added.fileName }));
      })
      .catch((e: unknown) => {
        setError(problemMessage(e, t));
        input.current?.focus();
      });
  }

  return (
    <section className="weerbaar-section" aria-labelledby="evidence-heading">
      <h2 className="utrecht-heading-2" id="evidence-heading">
        {t('measures.evidence.title')}
      </h2>
      <LiveMessage message={message} />
      <QueryState query={evidence} isEmpty={(d) => d.items.length === 0} empty={t('measures.evidence.empty')}>
        {(data) => (
          <ul className="utrecht-unordered-list" data-testid="evidence-list">
            {data.items.map((e) => (
              <li key={e.id} className="utrecht-unordered-list__item">
                <a className="utrecht-link utrecht-link--html-a" href={evidenceUrl(requirementId, e.id)} download>
                  {e.fileName}
                </a>{' '}
                ({formatFileSize(e.sizeBytes, locale)}, {e.uploadedBy}, {formatDateTime(e.uploadedAt, locale)}){' '}
                {canWrite && (
                  <ConfirmButton
                    title={t('measures.evidence.removeTitle', { name: e.fileName })}
                    text={t('measures.evidence.removeText')}
                    ariaLabel={t('measures.evidence.removeOne', { name: e.fileName })}
                    onConfirm={() =>
                      remove
                        .mutateAsync(e.id)
                        .then(() => setMessage(t('measures.evidence.removed', { name: e.fileName })))
                    }
                  >
                    {t('measures.evidence.remove')}
                  </ConfirmButton>
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      {canWrite && (
        <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
          <FormField
            id={FILE_ID}
            label={t('measures.evidence.file')}
            hint={t('measures.evidence.hint', { max })}
            error={error}
          >
            <input
              ref={input}
              id={FILE_ID}
              name="file"
              type="file"
              className="utrecht-textbox"
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy({ id: FILE_ID, hint: true, error })}
            />
          </FormField>
          <div className="weerbaar-actions">
            <SubmitButton busy={upload.isPending} busyLabel={t('measures.evidence.uploading')}>
              {t('measures.evidence.upload')}
            </SubmitButton>
          </div>
        </form>
      )}
    </section>
  );
}
