#include "interruption.h"

namespace Crosscheck::Core {

namespace {
thread_local Interruption *t_current = nullptr; // the innermost on this thread
thread_local quint64 t_checkpoints = 0;
} // namespace

Interruption::Interruption(std::function<bool()> stopRequested)
    : m_stopRequested(std::move(stopRequested))
    , m_outer(t_current)
{
    t_current = this;
}

Interruption::~Interruption()
{
    t_current = m_outer;
}

void Interruption::checkpoint()
{
    if (++t_checkpoints % kAskEvery == 0 && t_current && t_current->m_stopRequested())
        throw Stopped{};
}

quint64 Interruption::checkpoints()
{
    return t_checkpoints;
}

} // namespace Crosscheck::Core
