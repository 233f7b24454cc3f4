import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { applyApiError } from '../formErrors';

/**
 * Submits a validated form through `save`; API field issues land next to their fields (renamed
 * by `toFormFields` where the form names a field differently), anything else in `error`.
 */
export function useFormSubmit<V, R>(
  form: UseFormReturnType<V>,
  save: (values: V) => Promise<R>,
  onSaved: (result: R) => void,
  toFormFields: (errors: Record<string, string>) => Record<string, string> = (errors) => errors,
) {
  const [error, setError] = useState<string | null>(null);
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      onSaved(await save(values));
    } catch (e) {
      setError(applyApiError(e, (errors) => form.setErrors(toFormFields(errors))));
    }
  });
  return { submit, error };
}
