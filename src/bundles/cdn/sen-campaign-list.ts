/** `dist/cdn/sen-campaign-list.js`: registers <sen-campaign-list>, with Lit and the shared layer in shared chunks. */
import '../../shared/trusted-types-guard.js'; // before Lit runs
import '../../campaign-list.js';
