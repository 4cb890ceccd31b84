#pragma once
// The whole of chitieu-cli's main(): the application object (a QCoreApplication, or a
// QGuiApplication made by the PDF module, on the offscreen platform, for a command that draws
// a PDF), the language, the command, the exit code.

namespace chitieu::cli {

int runProgram(int argc, char* argv[]);

} // namespace chitieu::cli
