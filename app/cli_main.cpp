#include "cli/Program.h"

int main(int argc, char* argv[])
{
    return chitieu::cli::runProgram(argc, argv);
}
