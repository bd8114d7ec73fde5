import { ENTITY_TYPES, entityTypeLabel, SECTORS } from '@weerbaar/core/scope';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/index.ts';
import { sectorLabel } from '../../format/sector-label.ts';
import { CheckboxGroup } from './CheckboxGroup.tsx';
import { fieldId } from './registration-draft.ts';

interface EntityTypeChooserProps {
  selected: readonly string[];
  error?: string;
  onChange: (selected: string[]) => void;
}

/**
 * The NIS2 Annex I/II types per sector, named in the reader's language (each sector once: the wizard's
 * names tell apart the two parts of digital infrastructure); a sector opens when one of its types is chosen.
 */
export function EntityTypeChooser({ selected, error, onChange }: EntityTypeChooserProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const id = fieldId('entityTypes');
  return (
    <fieldset className="utrecht-form-fieldset" aria-describedby={error ? `${id}-error` : `${id}-hint`}>
      <legend className="utrecht-form-fieldset__legend">
        <h2 className="utrecht-heading-2">{t('registration.entityTypes')}</h2>
      </legend>
      <p className="utrecht-paragraph" id={`${id}-hint`}>
        {t('registration.entityTypesHint')}
      </p>
      {error && (
        <p className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div id={id} tabIndex={-1}>
        {SECTORS.map((sector) => {
          const types = ENTITY_TYPES.filter((e) => e.sector === sector.sector);
          const chosen = types.filter((e) => selected.includes(e.id)).length;
          const groupId = `${id}-${sector.sector.replace(/\W+/g, '-').toLowerCase()}`;
          return (
            <details key={sector.sector} open={chosen > 0}>
              <summary>
                {sectorLabel(sector.sector, t)}
                {chosen > 0 && ` (${t('registration.chosen', { count: chosen })})`}
              </summary>
              <CheckboxGroup
                id={groupId}
                name="entityTypes"
                options={types.map((e) => {
                  const subsector = locale === 'nl' ? e.subsector_nl : e.subsector;
                  return { value: e.id, label: `${subsector ? `${subsector}: ` : ''}${entityTypeLabel(e.id, locale)}` };
                })}
                selected={selected}
                onChange={onChange}
              />
            </details>
          );
        })}
      </div>
    </fieldset>
  );
}
