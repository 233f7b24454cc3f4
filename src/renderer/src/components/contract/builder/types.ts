import type { UseFormReturnType } from '@mantine/form';
import type { ContractTerms } from '../../../../../shared/contract/terms';

/** Every builder section edits the one form holding the whole set of terms. */
export type TermsForm = UseFormReturnType<ContractTerms>;
