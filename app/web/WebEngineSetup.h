#pragma once

// Everything Qt WebEngine needs before the QApplication exists, in one place:
// the kiosk:// scheme registration and the Chromium flags. main() calls it
// first; test binaries call it from Q_CONSTRUCTOR_FUNCTION.
void prepareWebEngine();
