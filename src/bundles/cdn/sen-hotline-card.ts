/** `dist/cdn/sen-hotline-card.js`: registers <sen-hotline-card>, with Lit and the shared layer in shared chunks. */
import '../../shared/trusted-types-guard.js'; // before Lit runs
import '../../hotline-card.js';
