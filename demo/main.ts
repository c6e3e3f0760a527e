// The demo page loads the library from source; a real site loads dist/sen-widgets.js instead.
import '../src/index.js';
