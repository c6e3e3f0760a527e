/** `dist/cdn/sen-exemplar-gallery.js`: registers <sen-exemplar-gallery>, with Lit and the shared layer in shared chunks. */
import '../../shared/trusted-types-guard.js'; // before Lit runs
import '../../exemplar-gallery.js';
