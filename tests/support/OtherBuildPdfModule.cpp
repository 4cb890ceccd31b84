// A PDF module as another build of the program would make it: its stamp names another
// version and other report sizes, so the loader must refuse it (test_cli_libraries).
#include <QtGlobal>

extern "C" Q_DECL_EXPORT const char* chitieu_pdf_stamp()
{
    return "0.0.0 1 2";
}
