// The studio page: the widgets themselves (for the live preview) and the studio element.
import '../src/index.js';
import { SenStudio } from './studio-app.component.js';

if (!customElements.get('sen-studio')) customElements.define('sen-studio', SenStudio);

declare global {
  interface HTMLElementTagNameMap {
    'sen-studio': SenStudio;
  }
}
