#include "FreedMemory.h"

#include <QElapsedTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace FreedMemory {

double returnToSystem()
{
    QElapsedTimer clock;
    clock.start();
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace FreedMemory
