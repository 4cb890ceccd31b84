#include "PendingWork.h"

namespace chitieu::ui {

namespace {
int pending = 0;
}

PendingWork::PendingWork()
{
    ++pending;
}

PendingWork::~PendingWork()
{
    --pending;
}

bool PendingWork::any()
{
    return pending > 0;
}

} // namespace chitieu::ui
