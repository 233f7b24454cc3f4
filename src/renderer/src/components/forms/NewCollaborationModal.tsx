import { useTranslation } from 'react-i18next';
import { FormModal } from '../FormModal';
import { CollaborationForm } from './CollaborationForm';

export function NewCollaborationModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('forms');
  return (
    <FormModal opened onClose={onClose} title={t('collaboration.title')} size="lg">
      <CollaborationForm onDone={onClose} />
    </FormModal>
  );
}
