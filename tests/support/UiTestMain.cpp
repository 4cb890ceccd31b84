// The main() of the UI tests: a QApplication (on the offscreen platform unless
// QT_QPA_PLATFORM says otherwise), so screens can be shown and driven with QTest.
#include "TestSupport.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    chitieu::test::prepareTestProcess();
    QApplication app(argc, argv);
    return chitieu::test::runCatch(argc, argv);
}
