/**
 * Copying a phone number. The Clipboard API needs a secure context (many department sites are
 * still plain http) and a browser that allows it; where it is missing or refuses, the old
 * `execCommand('copy')` route puts the text on the clipboard from a hidden, selected textarea.
 */

/** Copies `text`; resolves to false when the browser allowed neither route. */
export async function copyText(text: string, scratch: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithCommand(text, scratch);
  }
}

/**
 * The fallback: a selected textarea and `execCommand('copy')`, the way older browsers (and plain-http
 * pages) copy. `scratch` hosts the textarea, styled out of sight by the widget's shared `.visually-hidden` rule;
 * focus returns to where it was.
 */
function copyWithCommand(text: string, scratch: ShadowRoot): boolean {
  const focused = scratch.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.className = 'visually-hidden';
  area.value = text;
  area.readOnly = true; // no on-screen keyboard on phones
  scratch.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    focused?.focus();
  }
}

/** When nothing could copy: selects the number on screen, so the person can copy it themselves. */
export function selectText(node: Node): void {
  getSelection()?.selectAllChildren(node);
}
