import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  errorsFromProblem,
  errorsFromSchema,
  hasErrors,
  noErrors,
  type FormErrors,
  type FormFields,
} from './form-errors.ts';

type Parser = Parameters<typeof errorsFromSchema>[0];

/**
 * Error state of one form: client-side checks first, then whatever the server answers. Give the fields
 * with their labels (the map the ErrorSummary gets) so messages about another field name it by its label.
 */
export function useFormErrors(fields: FormFields) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  // The map is rebuilt on every render; its content is what matters.
  const key = JSON.stringify(fields);
  const stable = useMemo(() => JSON.parse(key) as FormFields, [key]);

  const clear = useCallback(() => setErrors(noErrors), []);
  const fromProblem = useCallback((error: unknown) => setErrors(errorsFromProblem(error, t, stable)), [t, stable]);
  /** Returns true when the values pass; otherwise shows the errors. */
  const check = useCallback(
    (schema: Parser, values: unknown, extra: Record<string, string> = {}) => {
      const found = errorsFromSchema(schema, values, t, stable);
      const merged: FormErrors = { fields: { ...found.fields, ...extra } };
      setErrors(merged);
      return !hasErrors(merged);
    },
    [t, stable],
  );

  return useMemo(() => ({ errors, setErrors, clear, fromProblem, check }), [errors, clear, fromProblem, check]);
}
