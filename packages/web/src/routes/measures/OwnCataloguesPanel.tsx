import { CATALOGUE_MAX_BYTES } from '@weerbaar/core/measures';
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
import { useDeleteCatalogue, useImportCatalogue, useOwnCatalogues } from './measures-api.ts';

const FILE_ID = 'catalogue-file';

/**
 * The organisation's own catalogues: an OSCAL catalog (JSON) uploaded as a framework of its own. The
 * same catalogue again (the same id, derived from its title) is updated, not copied. Deleting one asks
 * first and says that what was filled in stays.
 */
export function OwnCataloguesPanel({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const own = useOwnCatalogues();
  const upload = useImportCatalogue();
  const remove = useDeleteCatalogue();
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState<string>();
  const input = useRef<HTMLInputElement>(null);

  function fail(text: string) {
    setError(text);
    input.current?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const file = input.current?.files?.[0];
    if (!file) return fail(t('measures.catalogues.choose'));
    // The server's limit, checked here first to save the upload.
    if (file.size > CATALOGUE_MAX_BYTES) return fail(t('measures.catalogues.tooLarge'));
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      return fail(t('measures.catalogues.notJson'));
    }
    setError(undefined);
    const known = new Set((own.data ?? []).map((c) => c.catalogueId));
    try {
      const imported = await upload.mutateAsync(document);
      element.reset();
      setMessage(
        t(known.has(imported.catalogueId) ? 'measures.catalogues.updated' : 'measures.catalogues.imported', {
          title: imported.title,
          n: imported.requirementCount,
        }),
      );
    } catch (e: unknown) {
      fail(problemMessage(e, t));
    }
  }

  return (
    <section className="weerbaar-section" aria-labelledby="own-catalogues-heading">
      <h2 className="utrecht-heading-2" id="own-catalogues-heading">
        {t('measures.catalogues.title')}
      </h2>
      <p className="utrecht-paragraph">{t('measures.catalogues.intro')}</p>
      <LiveMessage message={message} />
      <QueryState query={own} isEmpty={(d) => d.length === 0} empty={t('measures.catalogues.empty')}>
        {(items) => (
          <ul className="utrecht-unordered-list" data-testid="own-catalogues">
            {items.map((c) => (
              <li key={c.catalogueId} className="utrecht-unordered-list__item">
                <strong>{c.title}</strong> (
                {t('measures.catalogues.facts', {
                  version: c.version,
                  n: c.requirementCount,
                  by: c.importedBy,
                  at: formatDateTime(c.importedAt, locale),
                })}
                ){' '}
                {canWrite && (
                  <ConfirmButton
                    title={t('measures.catalogues.deleteTitle', { title: c.title })}
                    text={t('measures.catalogues.deleteText')}
                    ariaLabel={t('measures.catalogues.deleteOne', { title: c.title })}
                    onConfirm={() =>
                      remove
                        .mutateAsync(c.catalogueId)
                        .then(() => setMessage(t('measures.catalogues.deleted', { title: c.title })))
                    }
                  >
                    {t('measures.catalogues.delete')}
                  </ConfirmButton>
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      {canWrite && (
        <form className="utrecht-form weerbaar-form" noValidate onSubmit={(e) => void onSubmit(e)}>
          <FormField
            id={FILE_ID}
            label={t('measures.catalogues.file')}
            hint={t('measures.catalogues.hint')}
            error={error}
          >
            <input
              ref={input}
              id={FILE_ID}
              name="file"
              type="file"
              accept=".json,application/json"
              className="utrecht-textbox"
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy({ id: FILE_ID, hint: true, error })}
            />
          </FormField>
          <div className="weerbaar-actions">
            <SubmitButton busy={upload.isPending} busyLabel={t('measures.catalogues.uploading')}>
              {t('measures.catalogues.upload')}
            </SubmitButton>
          </div>
        </form>
      )}
    </section>
  );
}
