/** Registers `<sen-exemplar-gallery>` (importing this module is what defines the tag). */
import { SenExemplarGallery } from './exemplar-gallery/exemplar-gallery.component.js';
import { isTagFree } from './shared/define.js';

export { SenExemplarGallery };
export type { Exemplar, ExemplarPhoto } from './exemplar-gallery/exemplar.schema.js';

if (isTagFree('sen-exemplar-gallery')) customElements.define('sen-exemplar-gallery', SenExemplarGallery);

declare global {
  interface HTMLElementTagNameMap {
    'sen-exemplar-gallery': SenExemplarGallery;
  }
}
