/** `dist/cdn/sen-visit-counter.js`: registers <sen-visit-counter>, with Lit and the shared layer in shared chunks. */
import '../../shared/trusted-types-guard.js'; // before Lit runs
import '../../visit-counter.js';
