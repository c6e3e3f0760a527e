import { SenExemplarGallery } from './exemplar-gallery/exemplar-gallery.component.js';
import { define } from './shared/define.js';

export { SenExemplarGallery };
export type { Exemplar, ExemplarPhoto } from './exemplar-gallery/exemplar.schema.js';

define('sen-exemplar-gallery', SenExemplarGallery);

declare global {
  interface HTMLElementTagNameMap {
    'sen-exemplar-gallery': SenExemplarGallery;
  }
}
