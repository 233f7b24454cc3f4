import { problem, type ProblemKey, type ProblemParams } from '../../shared/i18n/problems';
import { spelled } from '../../shared/i18n/spelled';

/**
 * A failure said by a key of the errors catalog and its values. Its message is the English, for
 * logs and the browser host's console; a window shown before any setting is read (the app's start)
 * says it in the computer's language from the key instead.
 */
export class CodedError extends Error {
  constructor(
    readonly key: ProblemKey,
    readonly params: ProblemParams,
    options?: ErrorOptions,
  ) {
    super(spelled(problem(key, params)).message, options);
  }
}
