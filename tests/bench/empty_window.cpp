// The floor of the start-up benchmark: an empty main window of the same size as chitieu's,
// built with the same flags and the same first-paint hook (CHITIEU_QUIT_AFTER_FIRST_PAINT=1).
#include "ui/common/QuitAfterFirstPaint.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1200, 720);
    window.show();
    chitieu::ui::quitAfterFirstPaintIfAsked(window);
    return app.exec();
}
