import { notifications } from '@mantine/notifications';
import type { Material } from '../../../../shared/materials/schemas';
import { call } from '../../api';
import { downloadBase64 } from '../../download';
import { errorText } from '../../formErrors';
import { i18n } from '../../i18n';

/** Saves a material's file under the name the brand gave it; a missing or changed file is said, not saved. */
export async function downloadMaterial(material: Pick<Material, 'id'>): Promise<void> {
  try {
    const file = await call('materials.read', { id: material.id });
    downloadBase64(file.name, file.base64, file.mediaType);
  } catch (error) {
    notifications.show({ color: 'red', title: i18n.t('materials:list.notDownloaded'), message: errorText(error) });
  }
}
