import { css } from 'lit';

/**
 * The studio's look: a plain government-portal page (system sans font, dark red accent as the
 * widgets' default), large targets, visible focus. Text colours keep at least 7:1 on white.
 */
export const studioStyles = css`
  :host {
    --accent: #9f1619;
    --text: #1d2125;
    --muted: #4a545e;
    --border: #8a949e;
    --focus: #0b57d0;
    display: block;
    max-width: 78rem;
    margin: 0 auto;
    padding: 1rem;
    color: var(--text);
    font-family: Arial, Roboto, 'Helvetica Neue', 'Segoe UI', sans-serif;
    line-height: 1.5;
  }
  * {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    justify-content: space-between;
    align-items: flex-start;
    border-bottom: 4px solid var(--accent);
    margin-bottom: 1rem;
  }
  h1 {
    margin: 0;
    color: var(--accent);
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
    color: var(--accent);
  }
  h3 {
    margin: 0 0 0.25rem;
    font-size: 1.05rem;
  }
  section {
    padding: 1rem 0;
    border-bottom: 1px solid var(--border);
  }
  fieldset {
    border: 1px solid var(--border);
    border-radius: 6px;
    margin: 0;
  }
  .switch {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .switch label,
  .widget-option {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 44px;
    cursor: pointer;
  }
  .widgets {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    gap: 0.5rem;
    border: 0;
    padding: 0;
  }
  .widget-option {
    align-items: flex-start;
    padding: 0.5rem;
    border: 1px solid var(--border);
    border-radius: 6px;
  }
  .widget-option:has(input:checked) {
    border-color: var(--accent);
    box-shadow: inset 0 0 0 1px var(--accent);
  }
  .widget-option input {
    margin-top: 0.3rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin: 0.5rem 0;
  }
  button,
  .file-button {
    min-height: 44px;
    padding: 0.4rem 1rem;
    font: inherit;
    color: #fff;
    background: var(--accent);
    border: 0;
    border-radius: 6px;
    cursor: pointer;
    display: inline-flex;
    align-items: center;
  }
  .file-button:focus-within {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  .file-button input {
    position: absolute;
    opacity: 0;
    width: 1px;
    height: 1px;
  }
  input[type='text'],
  textarea {
    width: 100%;
    min-height: 44px;
    padding: 0.4rem;
    font: inherit;
    color: var(--text);
    border: 1px solid var(--border);
    border-radius: 4px;
  }
  textarea {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 0.9rem;
  }
  .sources {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
    gap: 1rem;
    margin-top: 1rem;
  }
  .sources form,
  .drop {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 1px solid var(--border);
    border-radius: 6px;
  }
  .drop {
    border: 2px dashed var(--border);
  }
  .drop.dragging {
    border-color: var(--accent);
    background: #fff4f4;
  }
  .drop p {
    margin: 0;
  }
  .note {
    color: var(--muted);
    font-size: 0.95rem;
  }
  .problem,
  .warning {
    padding: 0.5rem 0.75rem;
    border-left: 4px solid #8a1a1a;
    background: #fdf0f0;
  }
  .summary {
    font-weight: 700;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding: 0.25rem 0;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    border: 1px solid var(--border);
    padding: 0.35rem 0.5rem;
  }
  th {
    background: #f4f5f7;
  }
  .colours {
    margin: 0.5rem 0;
  }
  .colours summary {
    cursor: pointer;
    min-height: 44px;
    display: flex;
    align-items: center;
  }
  .colour-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr));
    gap: 0.25rem 1rem;
    margin: 0.5rem 0;
  }
  .colour-grid label {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  input[type='color'] {
    width: 44px;
    height: 44px;
    padding: 2px;
  }
  .frames {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: flex-start;
  }
  .frame {
    margin: 0;
    max-width: 100%;
  }
  .frame figcaption {
    font-weight: 700;
    color: var(--muted);
  }
  .frame .page {
    padding: 0.75rem;
    border: 1px solid var(--border);
    background: #fff;
  }
  .frame.dark .page {
    background: #0d0f12;
  }
  .frame.sidebar {
    width: 300px;
  }
  .frame.content {
    width: 720px;
  }
  .fields {
    display: grid;
    gap: 0.25rem;
    max-width: 48rem;
    margin-bottom: 0.75rem;
  }
  .embed {
    margin-top: 1rem;
  }
  .snippet {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 0.5rem;
    margin: 0.5rem 0;
  }
  .snippet label {
    grid-column: 1 / -1;
    color: var(--muted);
  }
  .snippet button {
    align-self: start;
  }
  .copy-status {
    grid-column: 1 / -1;
    min-height: 1.5em;
    color: var(--muted);
  }
`;
