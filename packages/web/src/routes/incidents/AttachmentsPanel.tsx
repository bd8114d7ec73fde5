import { canRemoveAttachment, type IncidentAttachment, type IncidentStatus } from '@weerbaar/core/incidents';
import type { Locale } from '@weerbaar/core/platform';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { Alert } from '../../components/Alert.tsx';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { describedBy, FormField } from '../../components/FormField.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { formatDateTime } from '../../format/date.ts';
import { problemMessage } from '../../forms/form-errors.ts';
import { currentLocale } from '../../i18n/index.ts';
import { attachmentPath, useAttachments, useRemoveAttachment, useUploadAttachment } from './attachments-api.ts';
import { actorName } from '../../format/actor.ts';

// Evidence files of an incident (docs/INCIDENTS.md, "Attachments"): the server keeps each file with
// its SHA-256; removing is possible only while the incident is open.

const FILE_ID = 'attachment-file';

/** 1,5 MB / 820 kB / 12 bytes, in the reader's language. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const number = (n: number) =>
    new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${number(bytes)} bytes`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)} kB`;
  return `${number(bytes / (1024 * 1024))} MB`;
}

export function AttachmentsPanel({
  incidentId,
  status,
  canWrite,
}: {
  incidentId: string;
  status: IncidentStatus;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const attachments = useAttachments(incidentId);
  const [progress, setProgress] = useState(0);
  const upload = useUploadAttachment(incidentId, setProgress);
  const remove = useRemoveAttachment(incidentId);
  const [fileError, setFileError] = useState<string>();
  const [removeError, setRemoveError] = useState<string>();
  const [message, setMessage] = useState<string>();
  const [formKey, setFormKey] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const maxBytes = attachments.data?.maxSizeBytes;
  const max = maxBytes ? formatFileSize(maxBytes, locale) : '';
  const removable = canWrite && canRemoveAttachment(status);

  function showFileError(text: string) {
    setFileError(text);
    // The message is tied to the field (aria-describedby): focus makes screen readers read it.
    input.current?.focus();
  }

  function uploadError(error: unknown): string {
    if (isApiError(error) && error.status === 413) return t('incidentAttachments.errors.tooLarge', { max });
    const reason = isApiError(error) ? error.problem.invalidParams?.find((p) => p.name === 'body.file')?.reason : '';
    if (reason === 'is empty') return t('incidentAttachments.errors.empty');
    if (reason?.startsWith('has no file name')) return t('incidentAttachments.errors.noName');
    return problemMessage(error, t);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (upload.isPending) return;
    const file = input.current?.files?.[0];
    setMessage(undefined);
    if (!file) return showFileError(t('incidentAttachments.errors.choose'));
    if (file.size === 0) return showFileError(t('incidentAttachments.errors.empty'));
    if (maxBytes && file.size > maxBytes) return showFileError(t('incidentAttachments.errors.tooLarge', { max }));
    setFileError(undefined);
    setProgress(0);
    upload.mutate(file, {
      onSuccess: (added) => {
        setMessage(t('incidentAttachments.added', { name: added.fileName }));
        setFormKey((k) => k + 1);
      },
      onError: (error) => showFileError(uploadError(error)),
    });
  }

  async function onRemove(attachment: IncidentAttachment) {
    setRemoveError(undefined);
    try {
      await remove.mutateAsync(attachment.id);
      setMessage(t('incidentAttachments.removed', { name: attachment.fileName }));
    } catch (error) {
      setRemoveError(problemMessage(error, t));
    }
  }

  const percent = Math.round(progress * 100);
  return (
    <section className="weerbaar-section" aria-labelledby="attachments-heading" data-testid="incident-attachments">
      <h2 className="utrecht-heading-2" id="attachments-heading">
        {t('incidentAttachments.title')}
      </h2>
      <p className="utrecht-paragraph">{t('incidentAttachments.intro')}</p>
      <QueryState query={attachments} />
      {attachments.data && attachments.data.items.length === 0 && (
        <p className="utrecht-paragraph">{t('incidentAttachments.empty')}</p>
      )}
      {attachments.data && attachments.data.items.length > 0 && (
        <div className="weerbaar-table-scroll">
          <table className="utrecht-table utrecht-table--html-table weerbaar-handling-table">
            <caption className="utrecht-table__caption">{t('incidentAttachments.caption')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t('incidentAttachments.name')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('incidentAttachments.size')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('incidentAttachments.uploaded')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('incidentAttachments.sha256')}
                </th>
                {removable && (
                  <th className="utrecht-table__header-cell weerbaar-no-print" scope="col">
                    {t('common.actions')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {attachments.data.items.map((a) => (
                <tr className="utrecht-table__row" key={a.id}>
                  <th className="utrecht-table__cell weerbaar-break" scope="row">
                    <a
                      className="utrecht-link utrecht-link--html-a"
                      href={attachmentPath(incidentId, a.id)}
                      download={a.fileName}
                    >
                      {a.fileName}
                    </a>
                  </th>
                  <td className="utrecht-table__cell">{formatFileSize(a.sizeBytes, locale)}</td>
                  <td className="utrecht-table__cell weerbaar-break">
                    {t('incidentAttachments.uploadedBy', {
                      at: formatDateTime(a.uploadedAt, locale),
                      by: actorName(a.uploadedBy, t),
                    })}
                  </td>
                  <td className="utrecht-table__cell">
                    <details>
                      <summary>
                        <code className="utrecht-code">{a.sha256.slice(0, 12)}…</code>
                      </summary>
                      <code className="utrecht-code weerbaar-hash">{a.sha256}</code>
                    </details>
                  </td>
                  {removable && (
                    <td className="utrecht-table__cell weerbaar-no-print">
                      <ConfirmButton
                        ariaLabel={t('incidentAttachments.removeLabel', { name: a.fileName })}
                        title={t('incidentAttachments.removeTitle')}
                        text={t('incidentAttachments.removeText', { name: a.fileName })}
                        onConfirm={() => onRemove(a)}
                      >
                        {t('incidentAttachments.remove')}
                      </ConfirmButton>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {removeError && (
        <Alert type="error" live="alert" headingLevel={3} heading={t('errors.title')}>
          <p className="utrecht-paragraph">{removeError}</p>
        </Alert>
      )}
      {canWrite && !removable && (attachments.data?.items.length ?? 0) > 0 && (
        <p className="utrecht-paragraph weerbaar-muted">{t('incidentAttachments.closedNote')}</p>
      )}
      {canWrite && (
        <form className="utrecht-form weerbaar-form weerbaar-no-print" noValidate onSubmit={onSubmit} key={formKey}>
          <FormField
            id={FILE_ID}
            label={t('incidentAttachments.file')}
            hint={max ? t('incidentAttachments.hint', { max }) : undefined}
            error={fileError}
          >
            <input
              ref={input}
              type="file"
              id={FILE_ID}
              name="file"
              className="utrecht-textbox"
              aria-describedby={describedBy({
                id: FILE_ID,
                hint: max ? t('incidentAttachments.hint', { max }) : undefined,
                error: fileError,
              })}
              aria-invalid={fileError ? true : undefined}
              onChange={() => setFileError(undefined)}
            />
          </FormField>
          {upload.isPending && (
            <p className="utrecht-paragraph">
              <label htmlFor="attachment-progress">{t('incidentAttachments.progress')}</label>{' '}
              <progress id="attachment-progress" max={100} value={percent}>
                {percent}%
              </progress>
            </p>
          )}
          <div className="weerbaar-actions">
            <SubmitButton busy={upload.isPending} busyLabel={t('incidentAttachments.uploading', { percent })}>
              {t('incidentAttachments.upload')}
            </SubmitButton>
          </div>
        </form>
      )}
      <LiveMessage message={message} />
    </section>
  );
}
