import type { MaterialKind } from '../../../../shared/materials/schemas';

/** The kind a file most likely is, from its media type, when the brand leaves it to the file. */
export function guessKind(mediaType: string): MaterialKind {
  if (mediaType.startsWith('image/')) return 'photos';
  if (mediaType.startsWith('video/')) return 'reference_video';
  if (mediaType === 'application/pdf') return 'manual';
  return 'other';
}
