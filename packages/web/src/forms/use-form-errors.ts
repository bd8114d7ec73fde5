import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsFromProblem, errorsFromSchema, hasErrors, noErrors, type FormErrors } from './form-errors.ts';

type Parser = Parameters<typeof errorsFromSchema>[0];

/** Error state of one form: client-side checks first, then whatever the server answers. */
export function useFormErrors(fieldNames: readonly string[]) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const names = fieldNames.join('|');

  const clear = useCallback(() => setErrors(noErrors), []);
  const fromProblem = useCallback(
    (error: unknown) => setErrors(errorsFromProblem(error, t, names.split('|'))),
    [t, names],
  );
  /** Returns true when the values pass; otherwise shows the errors. */
  const check = useCallback(
    (schema: Parser, values: unknown, extra: Record<string, string> = {}) => {
      const found = errorsFromSchema(schema, values, t);
      const merged: FormErrors = { fields: { ...found.fields, ...extra } };
      setErrors(merged);
      return !hasErrors(merged);
    },
    [t],
  );

  return useMemo(() => ({ errors, setErrors, clear, fromProblem, check }), [errors, clear, fromProblem, check]);
}
