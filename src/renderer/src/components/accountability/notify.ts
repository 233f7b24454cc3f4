import { notifications } from '@mantine/notifications';
import { errorText } from '../../formErrors';

export function showFailure(title: string, error: unknown): void {
  notifications.show({ color: 'red', title, message: errorText(error) });
}
