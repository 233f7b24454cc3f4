import { FormModal } from '../FormModal';
import { CollaborationForm } from './CollaborationForm';

export function NewCollaborationModal({ onClose }: { onClose: () => void }) {
  return (
    <FormModal opened onClose={onClose} title="New collaboration" size="lg">
      <CollaborationForm onDone={onClose} />
    </FormModal>
  );
}
