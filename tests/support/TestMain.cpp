// The main() of every test executable: headless by default, a QApplication for widget
// tests, Vietnamese as the default locale (the program's default), and Catch2.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QLocale>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    // catch_discover_tests runs the binary at build time without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("chitieu-tests"));
    QApplication::setApplicationName(QStringLiteral("chitieu-tests"));
    return Catch::Session().run(argc, argv);
}
