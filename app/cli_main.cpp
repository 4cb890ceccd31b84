#include "cli/HeapPages.h"
#include "cli/Program.h"

int main(int argc, char* argv[])
{
    chitieu::cli::adviseHugeHeapPages();
    return chitieu::cli::runProgram(argc, argv);
}
