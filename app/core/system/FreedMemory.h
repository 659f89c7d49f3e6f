#pragma once

// Hands memory the kiosk has freed back to the system. A patient's pages
// leave the heap fragmented (full-size frames of several MB come and go);
// glibc keeps such freed memory for reuse, so the resident size stays at
// the day's high-water mark. Called between patients, it keeps a kiosk
// that runs all day at its steady size. A no-op off glibc.
namespace FreedMemory {

// Returns how many milliseconds it took (for the log).
double returnToSystem();

} // namespace FreedMemory
