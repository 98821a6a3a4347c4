#pragma once

#include <QtGlobal>

#include <functional>

namespace Crosscheck::Core {

/// Stops long work on a worker thread soon after the user asks, from inside any loop. The code
/// that runs the work on a thread installs an Interruption with the question "stop now?"; the
/// loops of every stage (reading, segmenting, figures, names, stories, matching, disagreements)
/// call checkpoint() once per bounded piece of work — a sentence, a pattern match, a line — and
/// the work unwinds with Stopped once the answer is yes. Without an Interruption on the thread
/// (the command line, tests) checkpoint() only counts.
class Interruption
{
public:
    /// Thrown by checkpoint() once the work was asked to stop.
    struct Stopped
    {};

    /// Installs @p stopRequested for this thread until destroyed; it is asked at most once per
    /// kAskEvery checkpoints, so it may take a lock.
    explicit Interruption(std::function<bool()> stopRequested);
    ~Interruption();
    Interruption(const Interruption&) = delete;
    Interruption& operator=(const Interruption&) = delete;

    /// A point where the running work may stop: throws Stopped when asked to.
    static void checkpoint();
    /// How many checkpoints this thread has passed: the work done, counted (for tests).
    static quint64 checkpoints();

    static constexpr int kAskEvery = 64;

private:
    std::function<bool()> m_stopRequested;
    Interruption *m_outer;
};

} // namespace Crosscheck::Core
