/**
 * Saves generated text as a file: a Blob behind an object URL, opened by a short-lived
 * `<a download>` placed in `container` (inside the widget, so nothing touches the host page).
 */
export function downloadFile(container: ParentNode, text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  container.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the Blob only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

const REVOKE_AFTER_MS = 30_000;
