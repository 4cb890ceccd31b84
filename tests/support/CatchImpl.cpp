// Catch2's implementation and its Session, compiled once for every test executable. Built
// without the precompiled header (which holds catch.hpp without its implementation); the
// main()s of CoreTestMain.cpp and UiTestMain.cpp call runCatch.
#define CATCH_CONFIG_RUNNER
#include "TestSupport.h"

namespace chitieu::test {

int runCatch(int argc, char* argv[])
{
    return Catch::Session().run(argc, argv);
}

} // namespace chitieu::test
