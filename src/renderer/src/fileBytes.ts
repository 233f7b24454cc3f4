/**
 * A chosen file's bytes as base64, through the browser's own encoder (a data: URL), which copes
 * with large files. `unreadable` is said when the browser gives no reason of its own.
 */
export function readBase64(file: File, unreadable: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error(unreadable));
    reader.readAsDataURL(file);
  });
}
