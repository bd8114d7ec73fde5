// One question of the wizard: its fields, how its answer is read from the form, and how it reads back.
import { entityTypeLabel, type EntityTypeEntry } from '@weerbaar/core/scope';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, FormField } from '../../components/FormField.tsx';
import { countryList, countryName, countryOptions } from '../../format/countries.ts';
import { currentLocale } from '../../i18n/index.ts';
import { sectorLabel } from '../../format/sector-label.ts';
import { ChoiceGroup, firstChoiceId, type Choice } from './ChoiceGroup.tsx';
import {
  ACTIVITIES,
  NO_REPRESENTATIVE,
  SECTOR_CHOICES,
  entityTypesOfSector,
  offeredActivities,
  type Activity,
  type Figure,
  type GroupEnterprise,
  type PeriodFigures,
  type StepId,
  type WizardAnswers,
} from './wizard-model.ts';

const YES_NO = ['yes', 'no'] as const;
const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;
const DESIGNATIONS = ['none', 'essential', 'important', 'unknown'] as const;
const LEVELS = ['central', 'regional', 'local'] as const;
const FIGURE_FIELDS = ['employees', 'turnover', 'balance'] as const;
type FigureField = (typeof FIGURE_FIELDS)[number];

/** Errors of one step by field name; the summary links each to `fieldId(name)`. */
export type StepErrors = Partial<Record<string, string>>;

export const questionId = (step: StepId) => `q-${step}`;
/** Steps whose fields are text inputs with their own ids (`q-<field>`), not one group of choices. */
const FIELD_STEPS = new Set<StepId>(['size', 'group', 'previousPeriod']);
export function fieldId(step: StepId, field: string): string {
  return FIELD_STEPS.has(step) && field !== step ? `q-${field}` : firstChoiceId(questionId(step));
}

/** A Member State's name in the current language (ISO 3166-1 code). */
export function memberStateName(code: string): string {
  return countryName(code, currentLocale());
}

const GROUP_FIELDS = ['employees', 'turnover', 'balance'] as const;
/** The label of a field in the error summary. */
export function stepFieldLabel(step: StepId, name: string, t: TFunction): string {
  if (step === 'size' && (FIGURE_FIELDS as readonly string[]).includes(name))
    return figureLabel(name as FigureField, t);
  const previous = /^previous-(\w+)$/.exec(name);
  if (step === 'previousPeriod' && previous && (FIGURE_FIELDS as readonly string[]).includes(previous[1] ?? ''))
    return `${t('scopeWizard.steps.previousPeriod.legend')} — ${figureLabel(previous[1] as FigureField, t)}`;
  const row = /^group-(\d+)-(\w+)$/.exec(name);
  if (step === 'group' && row) {
    const field = row[2] as 'share' | (typeof GROUP_FIELDS)[number];
    return `${t('scopeWizard.steps.group.enterprise', { number: Number(row[1]) + 1 })} — ${t(`scopeWizard.steps.group.${field}`)}`;
  }
  return t(`scopeWizard.steps.${step}.legend`);
}

const yesNoLabel = (value: string, t: TFunction) =>
  value === 'yes' ? t('scopeWizard.yes') : value === 'no' ? t('scopeWizard.no') : t('scopeWizard.unknown');

function designationLabel(step: 'designation' | 'ocw', value: string, t: TFunction): string {
  if (value === 'unknown') return t('scopeWizard.unknown');
  return t(`scopeWizard.steps.${step}.${value as 'none' | 'essential' | 'important'}`);
}

function choicesFor(step: StepId, a: WizardAnswers, type: EntityTypeEntry | undefined, t: TFunction): Choice[] {
  const locale = currentLocale();
  switch (step) {
    case 'sector':
      return SECTOR_CHOICES.map((s) => ({ value: s, label: sectorLabel(s, t) }));
    case 'entityType':
      return [
        ...entityTypesOfSector(a.sector ?? '').map((e) => ({ value: e.id, label: entityTypeLabel(e.id, locale) })),
        { value: 'X.OTHER', label: t('scopeWizard.steps.entityType.none') },
      ];
    case 'governmentLevel':
      return LEVELS.map((l) => ({ value: l, label: t(`scopeWizard.steps.governmentLevel.${l}`) }));
    case 'activities':
      return (type ? offeredActivities(type) : [...ACTIVITIES]).map((x) => ({
        value: x,
        label: t(`scopeWizard.steps.activities.${x}`),
      }));
    case 'designation':
    case 'ocw':
      return DESIGNATIONS.map((d) => ({ value: d, label: designationLabel(step, d, t) }));
    case 'nationalSecurity':
    case 'nationalSecurityTsp':
    case 'rootNameServers':
    case 'dora':
    case 'doraExempted':
    case 'nationalSecurityExempted':
      return YES_NO.map((v) => ({ value: v, label: yesNoLabel(v, t) }));
    case 'establishments':
      return countryOptions(currentLocale());
    case 'mainEstablishment':
      return countryOptions(currentLocale(), a.establishedIn ?? []);
    case 'representative':
      return [
        ...countryOptions(currentLocale()),
        { value: NO_REPRESENTATIVE, label: t('scopeWizard.steps.representative.none') },
      ];
    default:
      return YES_NO_UNKNOWN.map((v) => ({ value: v, label: yesNoLabel(v, t) }));
  }
}

function selectedOf(step: StepId, a: WizardAnswers): string[] {
  if (step === 'activities') return a.activities ?? [];
  if (step === 'establishments') return a.establishedIn ?? ['NL'];
  if (step === 'size' || step === 'group' || step === 'previousPeriod') return [];
  const value = a[step];
  return typeof value === 'string' ? [value] : [];
}

interface StepFieldsProps {
  step: StepId;
  answers: WizardAnswers;
  type: EntityTypeEntry | undefined;
  errors: StepErrors;
}

export function StepFields({ step, answers, type, errors }: StepFieldsProps) {
  const { t } = useTranslation();
  if (step === 'size') return <SizeFields answers={answers} errors={errors} />;
  if (step === 'group') return <GroupFields answers={answers} errors={errors} />;
  if (step === 'previousPeriod') return <PreviousPeriodFields answers={answers} errors={errors} />;
  return (
    <ChoiceGroup
      id={questionId(step)}
      name={step}
      type={step === 'activities' || step === 'establishments' ? 'checkbox' : 'radio'}
      legend={t(`scopeWizard.steps.${step}.legend`)}
      hint={t(`scopeWizard.steps.${step}.hint`)}
      error={errors[step]}
      choices={choicesFor(step, answers, type, t)}
      selected={selectedOf(step, answers)}
    />
  );
}

const FIGURE_LABEL = {
  employees: 'scopeWizard.steps.size.employees',
  turnover: 'scopeWizard.steps.size.turnover',
  balance: 'scopeWizard.steps.size.balance',
} as const;
const FIGURE_UNKNOWN_LABEL = {
  employees: 'scopeWizard.steps.size.unknownEmployees',
  turnover: 'scopeWizard.steps.size.unknownTurnover',
  balance: 'scopeWizard.steps.size.unknownBalance',
} as const;

export const figureLabel = (field: FigureField, t: TFunction) => t(FIGURE_LABEL[field]);

function SizeFields({ answers, errors }: { answers: WizardAnswers; errors: StepErrors }) {
  const { t } = useTranslation();
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" aria-describedby="q-size-hint">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend weerbaar-question">
        {t('scopeWizard.steps.size.legend')}
      </legend>
      <p className="utrecht-form-field-description weerbaar-question__hint" id="q-size-hint">
        {t('scopeWizard.steps.size.hint')}
      </p>
      {FIGURE_FIELDS.map((field) => {
        const id = `q-${field}`;
        const value = answers[field];
        const hint =
          field === 'employees' ? t('scopeWizard.steps.size.employeesHint') : t('scopeWizard.steps.size.amountHint');
        const error = errors[field];
        return (
          <div className="weerbaar-figure" key={field}>
            <FormField id={id} label={figureLabel(field, t)} hint={hint} error={error}>
              <input
                id={id}
                name={field}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                defaultValue={typeof value === 'number' ? String(value) : ''}
                className={`utrecht-textbox utrecht-textbox--html-input weerbaar-figure__input${error ? ' utrecht-textbox--invalid' : ''}`}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy({ id, hint, error })}
              />
            </FormField>
            <div className="utrecht-form-field utrecht-form-field--checkbox weerbaar-choice">
              <input
                id={`${id}-unknown`}
                name={`${field}Unknown`}
                type="checkbox"
                defaultChecked={value === 'unknown'}
                className="utrecht-checkbox utrecht-checkbox--html-input"
              />
              <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`${id}-unknown`}>
                {t(FIGURE_UNKNOWN_LABEL[field])}
              </label>
            </div>
          </div>
        );
      })}
      <div className="utrecht-form-field utrecht-form-field--checkbox weerbaar-choice">
        <input
          id="q-groupAggregated"
          name="groupAggregated"
          type="checkbox"
          defaultChecked={answers.groupAggregated ?? false}
          className="utrecht-checkbox utrecht-checkbox--html-input"
        />
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="q-groupAggregated">
          {t('scopeWizard.steps.size.groupAggregated')}
        </label>
      </div>
    </fieldset>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: number | null | undefined;
}

function NumberField({ id, label, hint, error, value }: TextFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={id.slice(2)}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        defaultValue={typeof value === 'number' ? String(value) : ''}
        className={`utrecht-textbox utrecht-textbox--html-input weerbaar-figure__input${error ? ' utrecht-textbox--invalid' : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, hint, error })}
      />
    </FormField>
  );
}

/** Rec. 2003/361/EC Annex Arts. 3, 6: none / these enterprises / don't know, with a row per enterprise. */
function GroupFields({ answers, errors }: { answers: WizardAnswers; errors: StepErrors }) {
  const { t } = useTranslation();
  const listed = Array.isArray(answers.group) ? answers.group : [];
  const [rows, setRows] = useState(Math.max(1, listed.length));
  const kind =
    answers.group === undefined ? undefined : answers.group === 'unknown' ? 'unknown' : listed.length ? 'list' : 'none';
  return (
    <>
      <ChoiceGroup
        id={questionId('group')}
        name="groupKind"
        type="radio"
        legend={t('scopeWizard.steps.group.legend')}
        hint={t('scopeWizard.steps.group.hint')}
        error={errors.group}
        choices={(['none', 'list', 'unknown'] as const).map((v) => ({
          value: v,
          label: t(`scopeWizard.steps.group.${v}`),
        }))}
        selected={kind ? [kind] : []}
      />
      <input type="hidden" name="groupRows" value={rows} />
      {Array.from({ length: rows }, (_, i) => {
        const e: Partial<GroupEnterprise> = listed[i] ?? {};
        const number = i + 1;
        return (
          <fieldset
            className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset weerbaar-group-enterprise"
            key={i}
          >
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
              {t('scopeWizard.steps.group.enterprise', { number })}
            </legend>
            <FormField id={`q-group-${i}-relation`} label={t('scopeWizard.steps.group.relation')}>
              <select
                id={`q-group-${i}-relation`}
                name={`group-${i}-relation`}
                defaultValue={e.relation ?? 'linked'}
                className="utrecht-select utrecht-select--html-select"
              >
                <option value="linked">{t('scopeWizard.steps.group.linked')}</option>
                <option value="partner">{t('scopeWizard.steps.group.partner')}</option>
              </select>
            </FormField>
            <NumberField
              id={`q-group-${i}-share`}
              label={t('scopeWizard.steps.group.share')}
              hint={t('scopeWizard.steps.group.shareHint')}
              error={errors[`group-${i}-share`]}
              value={e.sharePct}
            />
            {GROUP_FIELDS.map((field) => (
              <NumberField
                key={field}
                id={`q-group-${i}-${field}`}
                label={t(`scopeWizard.steps.group.${field}`)}
                error={errors[`group-${i}-${field}`]}
                value={e[field]}
              />
            ))}
          </fieldset>
        );
      })}
      <div className="weerbaar-actions">
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => setRows(rows + 1)}
        >
          {t('scopeWizard.steps.group.add')}
        </button>
        {rows > 1 && (
          <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => setRows(rows - 1)}>
            {t('scopeWizard.steps.group.remove', { number: rows })}
          </button>
        )}
      </div>
    </>
  );
}

/** Rec. 2003/361/EC Annex Art. 4(2): the preceding accounting period's figures, or "weet ik niet". */
function PreviousPeriodFields({ answers, errors }: { answers: WizardAnswers; errors: StepErrors }) {
  const { t } = useTranslation();
  const previous: Partial<PeriodFigures> =
    answers.previousPeriod && answers.previousPeriod !== 'unknown' ? answers.previousPeriod : {};
  return (
    <fieldset
      className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
      aria-describedby="q-previousPeriod-hint"
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend weerbaar-question">
        {t('scopeWizard.steps.previousPeriod.legend')}
      </legend>
      <p className="utrecht-form-field-description weerbaar-question__hint" id="q-previousPeriod-hint">
        {t('scopeWizard.steps.previousPeriod.hint')}
      </p>
      {FIGURE_FIELDS.map((field) => (
        <NumberField
          key={field}
          id={`q-previous-${field}`}
          label={figureLabel(field, t)}
          error={errors[`previous-${field}`]}
          value={previous[field]}
        />
      ))}
      <div className="utrecht-form-field utrecht-form-field--checkbox weerbaar-choice">
        <input
          id="q-previous-unknown"
          name="previousUnknown"
          type="checkbox"
          defaultChecked={answers.previousPeriod === 'unknown'}
          className="utrecht-checkbox utrecht-checkbox--html-input"
        />
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="q-previous-unknown">
          {t('scopeWizard.steps.previousPeriod.unknown')}
        </label>
      </div>
    </fieldset>
  );
}

// Whole numbers only; thousands separators ("12.000.000", "12,000,000", "12 000 000") are accepted.
function parseWhole(raw: string): number | undefined {
  const text = raw.trim();
  const grouped = /^\d{1,3}([.,\s]\d{3})+$/.test(text) ? text.replace(/[.,\s]/g, '') : text;
  return /^\d+$/.test(grouped) ? Number(grouped) : undefined;
}

/** Reads the step's answer from its form; either the answers to merge or the errors to show. */
export function readStep(
  step: StepId,
  form: FormData,
  t: TFunction,
): { answers: Partial<WizardAnswers> } | { errors: StepErrors } {
  if (step === 'activities') {
    return { answers: { activities: form.getAll('activities').map(String) as Activity[] } };
  }
  if (step === 'establishments') {
    return { answers: { establishedIn: form.getAll('establishments').map(String) } };
  }
  if (step === 'group') return readGroup(form, t);
  if (step === 'previousPeriod') {
    if (form.get('previousUnknown') !== null) return { answers: { previousPeriod: 'unknown' } };
    const figures: Partial<PeriodFigures> = {};
    const errors: StepErrors = {};
    for (const field of FIGURE_FIELDS) {
      const value = parseWhole(String(form.get(`previous-${field}`) ?? ''));
      if (value === undefined || !Number.isSafeInteger(value))
        errors[`previous-${field}`] =
          field === 'employees' ? t('scopeWizard.errors.wholeNumber') : t('scopeWizard.errors.amount');
      else figures[field] = value;
    }
    if (Object.keys(errors).length > 0) return { errors };
    return { answers: { previousPeriod: figures as PeriodFigures } };
  }
  if (step === 'size') {
    const answers: Partial<Record<FigureField, Figure>> = {};
    const errors: StepErrors = {};
    for (const field of FIGURE_FIELDS) {
      if (form.get(`${field}Unknown`) !== null) {
        answers[field] = 'unknown';
        continue;
      }
      const value = parseWhole(String(form.get(field) ?? ''));
      if (value === undefined || !Number.isSafeInteger(value)) {
        errors[field] = field === 'employees' ? t('scopeWizard.errors.wholeNumber') : t('scopeWizard.errors.amount');
      } else {
        answers[field] = value;
      }
    }
    if (Object.keys(errors).length > 0) return { errors };
    return { answers: { ...answers, groupAggregated: form.get('groupAggregated') !== null } };
  }
  const value = form.get(step);
  if (typeof value !== 'string' || value === '') return { errors: { [step]: t('scopeWizard.errors.chooseOne') } };
  return { answers: { [step]: value } as Partial<WizardAnswers> };
}

function readGroup(form: FormData, t: TFunction): { answers: Partial<WizardAnswers> } | { errors: StepErrors } {
  const kind = form.get('groupKind');
  if (kind === 'none') return { answers: { group: [] } };
  if (kind === 'unknown') return { answers: { group: 'unknown' } };
  if (kind !== 'list') return { errors: { group: t('scopeWizard.errors.chooseOne') } };
  const rows = Number(form.get('groupRows') ?? 1);
  const enterprises: GroupEnterprise[] = [];
  const errors: StepErrors = {};
  for (let i = 0; i < rows; i++) {
    const relation = form.get(`group-${i}-relation`) === 'partner' ? 'partner' : 'linked';
    const read = (field: string, message: string): number | undefined => {
      const value = parseWhole(String(form.get(`group-${i}-${field}`) ?? ''));
      if (value === undefined || !Number.isSafeInteger(value)) errors[`group-${i}-${field}`] = message;
      return value;
    };
    const share = relation === 'partner' ? read('share', t('scopeWizard.errors.percentage')) : null;
    if (share !== null && share !== undefined && share > 100)
      errors[`group-${i}-share`] = t('scopeWizard.errors.percentage');
    const employees = read('employees', t('scopeWizard.errors.wholeNumber'));
    const turnover = read('turnover', t('scopeWizard.errors.amount'));
    const balance = read('balance', t('scopeWizard.errors.amount'));
    if (employees !== undefined && turnover !== undefined && balance !== undefined && share !== undefined)
      enterprises.push({ relation, sharePct: share, employees, turnover, balance });
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { answers: { group: enterprises } };
}

/** The answer as the review shows it. */
export function answerText(step: StepId, a: WizardAnswers, t: TFunction): string {
  const locale = currentLocale();
  switch (step) {
    case 'sector':
      return a.sector ? sectorLabel(a.sector, t) : '';
    case 'entityType':
      return a.entityType === 'X.OTHER'
        ? t('scopeWizard.steps.entityType.none')
        : a.entityType
          ? entityTypeLabel(a.entityType, locale)
          : '';
    case 'governmentLevel':
      return a.governmentLevel ? t(`scopeWizard.steps.governmentLevel.${a.governmentLevel}`) : '';
    case 'activities':
      return a.activities && a.activities.length > 0
        ? a.activities.map((x) => t(`scopeWizard.steps.activities.${x}`)).join('; ')
        : t('scopeWizard.review.notAnswered');
    case 'designation':
    case 'ocw':
      return a[step] ? designationLabel(step, a[step], t) : '';
    case 'group':
      return a.group === 'unknown'
        ? t('scopeWizard.unknown')
        : a.group && a.group.length > 0
          ? t('scopeWizard.result.groupEnterprises', { count: a.group.length })
          : t('scopeWizard.result.groupNone');
    case 'previousPeriod': {
      if (a.previousPeriod === 'unknown') return t('scopeWizard.unknown');
      if (!a.previousPeriod) return '';
      const number = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB');
      return t('scopeWizard.result.previousFigures', {
        employees: number.format(a.previousPeriod.employees),
        turnover: number.format(a.previousPeriod.turnover),
        balance: number.format(a.previousPeriod.balance),
      });
    }
    case 'establishments':
      return a.establishedIn && a.establishedIn.length > 0
        ? countryList(a.establishedIn, locale)
        : t('scopeWizard.result.noEstablishment');
    case 'mainEstablishment':
      return a.mainEstablishment ? memberStateName(a.mainEstablishment) : '';
    case 'representative':
      return a.representative === NO_REPRESENTATIVE
        ? t('scopeWizard.steps.representative.none')
        : a.representative
          ? memberStateName(a.representative)
          : '';
    case 'size': {
      const number = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB');
      const figure = (value: Figure | undefined) =>
        value === 'unknown' ? t('scopeWizard.review.figureUnknown') : value === undefined ? '' : number.format(value);
      const parts = FIGURE_FIELDS.map((f) => `${figureLabel(f, t)}: ${figure(a[f])}`);
      if (a.groupAggregated) parts.push(t('scopeWizard.review.groupAggregated'));
      return parts.join('; ');
    }
    default: {
      const value = a[step];
      return typeof value === 'string' ? yesNoLabel(value, t) : '';
    }
  }
}
