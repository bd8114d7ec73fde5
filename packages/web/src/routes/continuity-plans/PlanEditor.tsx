import { COMMUNICATION_AUDIENCES, EXTERNAL_HELP_KINDS, type PlanContent } from '@weerbaar/core/continuity';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormErrors } from '../../forms/use-form-errors.ts';

type TextSection =
  'purpose' | 'activationCriteria' | 'warningRoutine' | 'workarounds' | 'manualFallback' | 'deactivation';
type ListSection = 'roles' | 'callTree' | 'externalHelp' | 'recoverySteps' | 'communication';

interface FieldSpec {
  key: string;
  type: 'text' | 'textarea' | 'number' | 'select';
  options?: readonly string[];
  optional?: boolean;
}

// The fields of one row of each list section; labels come from continuityPlans.fields.<key>.
const LISTS: Record<ListSection, { fields: FieldSpec[]; blank: () => Record<string, unknown> }> = {
  roles: {
    fields: [
      { key: 'role', type: 'text' },
      { key: 'holder', type: 'text', optional: true },
      { key: 'deputy', type: 'text', optional: true },
      { key: 'tasks', type: 'textarea', optional: true },
    ],
    blank: () => ({ role: '', holder: '', deputy: '', tasks: '' }),
  },
  callTree: {
    fields: [
      { key: 'level', type: 'number' },
      { key: 'name', type: 'text' },
      { key: 'role', type: 'text', optional: true },
      { key: 'phone', type: 'text' },
      { key: 'alternativePhone', type: 'text', optional: true },
      { key: 'calls', type: 'text', optional: true },
    ],
    blank: () => ({ level: 1, name: '', role: '', phone: '', alternativePhone: '', calls: '' }),
  },
  externalHelp: {
    fields: [
      { key: 'kind', type: 'select', options: EXTERNAL_HELP_KINDS },
      { key: 'name', type: 'text' },
      { key: 'phone', type: 'text' },
      { key: 'email', type: 'text', optional: true },
      { key: 'reference', type: 'text', optional: true },
    ],
    blank: () => ({ kind: 'csirt', name: '', phone: '', email: '', reference: '' }),
  },
  recoverySteps: {
    fields: [
      { key: 'title', type: 'text' },
      { key: 'owner', type: 'text', optional: true },
      { key: 'targetHours', type: 'number', optional: true },
      { key: 'description', type: 'textarea', optional: true },
    ],
    blank: () => ({ title: '', owner: '', targetHours: null, description: '' }),
  },
  communication: {
    fields: [
      { key: 'audience', type: 'select', options: COMMUNICATION_AUDIENCES },
      { key: 'subject', type: 'text', optional: true },
      { key: 'body', type: 'textarea', optional: true },
    ],
    blank: () => ({ audience: 'staff', subject: '', body: '' }),
  },
};

const SECTIONS: readonly (TextSection | ListSection)[] = [
  'purpose',
  'activationCriteria',
  'warningRoutine',
  'roles',
  'callTree',
  'externalHelp',
  'workarounds',
  'manualFallback',
  'recoverySteps',
  'communication',
  'deactivation',
];

interface PlanEditorProps {
  idPrefix: string;
  content: PlanContent;
  busy: boolean;
  /** Rejects with the API's problem: its invalid params are shown at the fields they name. */
  onSave: (content: PlanContent, changeNote: string) => Promise<unknown>;
}

/** The plan's sections as one form: texts, and lists whose rows can be added, moved and removed. */
export function PlanEditor({ idPrefix, content, busy, onSave }: PlanEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PlanContent>(content);
  const [note, setNote] = useState('');
  type Row = Record<string, unknown>;
  const list = (section: ListSection) => draft[section] as unknown as Row[];
  const setList = (section: ListSection, rows: Row[]) => setDraft({ ...draft, [section]: rows });
  const setField = (section: ListSection, index: number, key: string, value: unknown) =>
    setList(
      section,
      list(section).map((row, i) => (i === index ? { ...row, [key]: value } : row)),
    );
  const move = (section: ListSection, index: number, by: -1 | 1) => {
    const rows = [...list(section)];
    const [row] = rows.splice(index, 1);
    rows.splice(index + by, 0, row!);
    setList(section, rows);
  };

  // Every input by the path the API names it with (body.content.callTree.0.phone → content.callTree.0.phone),
  // so a refusal is shown in Dutch at its field and in the summary.
  const fields: Record<string, { id: string; label: string }> = {};
  for (const section of SECTIONS) {
    if (!(section in LISTS)) {
      fields[`content.${section}`] = { id: `${idPrefix}-${section}`, label: t(`continuityPlans.sections.${section}`) };
      continue;
    }
    const s = section as ListSection;
    list(s).forEach((_, i) => {
      const item = t('continuityPlans.editor.row', { section: t(`continuityPlans.items.${s}`), n: i + 1 });
      for (const spec of LISTS[s].fields) {
        fields[`content.${s}.${i}.${spec.key}`] = {
          id: `${idPrefix}-${s}-${i}-${spec.key}`,
          label: `${item}: ${t(`continuityPlans.fields.${s}.${spec.key}` as 'continuityPlans.fields.roles.role')}`,
        };
      }
    });
  }
  fields.changeNote = { id: `${idPrefix}-changeNote`, label: t('continuityPlans.editor.changeNote') };
  const form = useFormErrors(fields);
  const errorAt = (path: string) => form.errors.fields[path];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    form.clear();
    onSave(draft, note.trim()).then(() => setNote(''), form.fromProblem);
  }

  const field = (section: ListSection, index: number, spec: FieldSpec, row: Row) => {
    const id = `${idPrefix}-${section}-${index}-${spec.key}`;
    const label = t(`continuityPlans.fields.${section}.${spec.key}` as 'continuityPlans.fields.roles.role');
    const value = row[spec.key];
    const error = errorAt(`content.${section}.${index}.${spec.key}`);
    if (spec.type === 'select') {
      return (
        <SelectField
          key={spec.key}
          id={id}
          name={id}
          label={label}
          error={error}
          value={String(value)}
          onChange={(e) => setField(section, index, spec.key, e.target.value)}
          options={(spec.options ?? []).map((o) => ({
            value: o,
            label: t(`continuityPlans.options.${o}` as 'continuityPlans.options.csirt'),
          }))}
        />
      );
    }
    if (spec.type === 'textarea') {
      return (
        <TextAreaField
          key={spec.key}
          id={id}
          name={id}
          label={label}
          error={error}
          optional={spec.optional}
          rows={3}
          maxLength={8000}
          value={String(value ?? '')}
          onChange={(e) => setField(section, index, spec.key, e.target.value)}
        />
      );
    }
    if (spec.type === 'number') {
      return (
        <TextField
          key={spec.key}
          id={id}
          name={id}
          label={label}
          error={error}
          optional={spec.optional}
          inputMode="numeric"
          value={value === null || value === undefined ? '' : String(value)}
          onChange={(e) => {
            const text = e.target.value.trim();
            setField(section, index, spec.key, text === '' ? (spec.optional ? null : 1) : Number(text));
          }}
        />
      );
    }
    return (
      <TextField
        key={spec.key}
        id={id}
        name={id}
        label={label}
        error={error}
        optional={spec.optional}
        maxLength={200}
        value={String(value ?? '')}
        onChange={(e) => setField(section, index, spec.key, e.target.value)}
      />
    );
  };

  return (
    <form className="utrecht-form weerbaar-plan-editor" noValidate onSubmit={onSubmit} data-testid="plan-editor">
      <ErrorSummary errors={form.errors} fields={fields} />
      {SECTIONS.map((section) => {
        if (!(section in LISTS)) {
          const s = section as TextSection;
          return (
            <TextAreaField
              key={s}
              id={`${idPrefix}-${s}`}
              name={s}
              label={t(`continuityPlans.sections.${s}`)}
              error={errorAt(`content.${s}`)}
              hint={t(`continuityPlans.hints.${s}`)}
              optional
              rows={3}
              maxLength={8000}
              value={draft[s]}
              onChange={(e) => setDraft({ ...draft, [s]: e.target.value })}
            />
          );
        }
        const s = section as ListSection;
        const rows = list(s);
        return (
          <fieldset key={s} className="utrecht-form-fieldset weerbaar-plan-list" data-testid={`plan-list-${s}`}>
            <legend className="utrecht-form-fieldset__legend">{t(`continuityPlans.sections.${s}`)}</legend>
            <p className="utrecht-paragraph">{t(`continuityPlans.hints.${s}`)}</p>
            {rows.length === 0 && <p className="utrecht-paragraph">{t('continuityPlans.editor.noRows')}</p>}
            <ol className="weerbaar-plan-rows">
              {rows.map((row, i) => {
                const item = t('continuityPlans.editor.row', { section: t(`continuityPlans.items.${s}`), n: i + 1 });
                return (
                  <li key={i} className="weerbaar-panel">
                    <fieldset className="utrecht-form-fieldset">
                      <legend className="utrecht-form-fieldset__legend">{item}</legend>
                      {LISTS[s].fields.map((spec) => field(s, i, spec, row))}
                      <div className="weerbaar-actions">
                        <button
                          type="button"
                          className="utrecht-button utrecht-button--secondary-action"
                          aria-label={t('continuityPlans.editor.upLabel', { item })}
                          disabled={i === 0}
                          onClick={() => move(s, i, -1)}
                        >
                          {t('continuityPlans.editor.up')}
                        </button>
                        <button
                          type="button"
                          className="utrecht-button utrecht-button--secondary-action"
                          aria-label={t('continuityPlans.editor.downLabel', { item })}
                          disabled={i === rows.length - 1}
                          onClick={() => move(s, i, 1)}
                        >
                          {t('continuityPlans.editor.down')}
                        </button>
                        <button
                          type="button"
                          className="utrecht-button utrecht-button--secondary-action"
                          aria-label={t('continuityPlans.editor.removeLabel', { item })}
                          onClick={() =>
                            setList(
                              s,
                              rows.filter((_, j) => j !== i),
                            )
                          }
                        >
                          {t('continuityPlans.editor.remove')}
                        </button>
                      </div>
                    </fieldset>
                  </li>
                );
              })}
            </ol>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => setList(s, [...rows, LISTS[s].blank()])}
            >
              {t('continuityPlans.editor.add', { item: t(`continuityPlans.items.${s}`) })}
            </button>
          </fieldset>
        );
      })}
      <TextField
        id={`${idPrefix}-changeNote`}
        name="changeNote"
        error={errorAt('changeNote')}
        label={t('continuityPlans.editor.changeNote')}
        hint={t('continuityPlans.editor.changeNoteHint')}
        optional
        maxLength={200}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="weerbaar-actions">
        <SubmitButton busy={busy} busyLabel={t('common.saving')}>
          {t('continuityPlans.editor.save')}
        </SubmitButton>
      </div>
    </form>
  );
}
