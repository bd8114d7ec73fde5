// One question of the wizard: its fields, how its answer is read from the form, and how it reads back.
import { SECTORS, entityTypeLabel, type EntityTypeEntry } from '@weerbaar/core/scope';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { describedBy, FormField } from '../../components/FormField.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { ChoiceGroup, firstChoiceId, type Choice } from './ChoiceGroup.tsx';
import {
  ACTIVITIES,
  GOVERNMENT,
  OTHER,
  SECTOR_CHOICES,
  entityTypesOfSector,
  offeredActivities,
  type Activity,
  type Figure,
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
export function fieldId(step: StepId, field: string): string {
  return step === 'size' ? `q-${field}` : firstChoiceId(questionId(step));
}

const SPECIAL_SECTOR_LABEL: Record<string, 'domainRegistration' | 'education'> = {
  'Digital infrastructure (outside annex list)': 'domainRegistration',
  'Education (Member State option)': 'education',
};

export function sectorLabel(sector: string, t: TFunction): string {
  if (sector === GOVERNMENT) return t('scopeWizard.sectors.government');
  if (sector === OTHER) return t('scopeWizard.sectors.other');
  const special = SPECIAL_SECTOR_LABEL[sector];
  if (special) return t(`scopeWizard.sectors.${special}`);
  const entry = SECTORS.find((s) => s.sector === sector);
  return currentLocale() === 'nl' ? (entry?.sector_nl ?? sector) : sector;
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
      return YES_NO.map((v) => ({ value: v, label: yesNoLabel(v, t) }));
    default:
      return YES_NO_UNKNOWN.map((v) => ({ value: v, label: yesNoLabel(v, t) }));
  }
}

function selectedOf(step: StepId, a: WizardAnswers): string[] {
  if (step === 'activities') return a.activities ?? [];
  if (step === 'size') return [];
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
  return (
    <ChoiceGroup
      id={questionId(step)}
      name={step}
      type={step === 'activities' ? 'checkbox' : 'radio'}
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
