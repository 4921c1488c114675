/**
 * Offers a blob as a file download (the browser's or Electron's save), without any network: the
 * blob stands behind a temporary link that is clicked and removed.
 */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: revoking at once can cancel the download in Chromium.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
