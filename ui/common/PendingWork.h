#pragma once
// Work a screen has started beside the window (on a thread of its own) and not yet shown.
// The start-up benchmark's hook (QuitAfterFirstPaint.h) waits until none is left, so that
// the start it measures ends with every figure on screen, not only with the first paint.

namespace chitieu::ui {

class PendingWork
{
public:
    PendingWork();
    ~PendingWork();
    PendingWork(const PendingWork&) = delete;
    PendingWork& operator=(const PendingWork&) = delete;

    // Whether any is pending in this process (GUI thread only, as are the objects).
    static bool any();
};

} // namespace chitieu::ui
