/** Reads a submitted form as plain strings; every field in our forms is a single text value. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  new FormData(form).forEach((value, key) => {
    if (typeof value === 'string') values[key] = value;
  });
  return values;
}

/** The fields among `values` left empty, each with `message`: a form's own check of what it requires. */
export function missingFields(values: Record<string, string | undefined>, message: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, value]) => !value)
      .map(([name]) => [name, message]),
  );
}
