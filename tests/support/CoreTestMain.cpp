// The main() of the core tests: a QCoreApplication, so a core test cannot use (or link)
// Qt Gui or Widgets.
#include "TestSupport.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    chitieu::test::prepareTestProcess();
    QCoreApplication app(argc, argv);
    return chitieu::test::runCatch(argc, argv);
}
