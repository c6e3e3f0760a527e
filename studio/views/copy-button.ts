/**
 * Copies text to the clipboard; when the browser refuses, selects it in `fallback` so Ctrl+C
 * works. Resolves to whether the text was copied.
 */
export async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    fallback?.focus();
    fallback?.select();
    return false;
  }
}
