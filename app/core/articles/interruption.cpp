#include "interruption.h"

namespace Crosscheck::Core {

namespace {
thread_local Interruption *t_current = nullptr;
thread_local std::function<bool()> *t_ask = nullptr;
thread_local quint64 t_checkpoints = 0;
} // namespace

Interruption::Interruption(std::function<bool()> stopRequested)
    : m_stopRequested(std::move(stopRequested))
    , m_outer(t_current)
{
    t_current = this;
    t_ask = &m_stopRequested;
}

Interruption::~Interruption()
{
    t_current = m_outer;
    t_ask = m_outer ? &m_outer->m_stopRequested : nullptr;
}

void Interruption::checkpoint()
{
    if (++t_checkpoints % kAskEvery == 0 && t_ask && (*t_ask)())
        throw Stopped{};
}

quint64 Interruption::checkpoints()
{
    return t_checkpoints;
}

} // namespace Crosscheck::Core
