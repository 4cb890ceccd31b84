#include "ui/DesktopApp.h"

int main(int argc, char* argv[])
{
    return chitieu::ui::runDesktop(argc, argv);
}
