#pragma once
// Opening the database at start. When SQLite finds it damaged and a good backup exists, the
// user is offered the newest good one; the damaged file is kept aside, never deleted.

#include <QString>
#include <memory>

namespace chitieu {
class Workspace;
}

namespace chitieu::ui {

// nullptr when it cannot be opened (the user was told why).
std::unique_ptr<Workspace> openAtStart(const QString& path);

} // namespace chitieu::ui
