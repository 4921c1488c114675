import { downloadBlob } from '../download';

/** Offers a report the core sent (base64) as a download in the browser host, without any network. */
export function downloadBase64(filename: string, base64: string, mediaType: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  downloadBlob(filename, new Blob([bytes], { type: mediaType }));
}
