// SPDX-License-Identifier: Apache-2.0
#include "replay.h"

namespace stampdesk {

Replay::Replay(Programme programme, Lookup lookup)
    : m_programme(std::move(programme))
    , m_lookup(std::move(lookup))
{ }

void Replay::note(const Event &event)
{
    if (const auto *changed = event.as<Events::ProgrammeChanged>())
        m_programme = changed->programme;
    else if (event.as<Events::StampsAdded>())
        m_stampEvents.insert(event.id, event);
    else if (const auto *undone = event.as<Events::StampsUndone>())
        m_undone.insert(undone->undoneEventId);
}

StoreResult<MergeContext> Replay::contextFor(const Event &event) const
{
    MergeContext context{m_programme, {}, {}};
    if (const auto *undo = event.as<Events::StampsUndone>()) {
        std::optional<Event> target;
        if (auto fed = m_stampEvents.constFind(undo->undoneEventId); fed != m_stampEvents.cend()) {
            target = *fed;
        } else {
            auto found = m_lookup(undo->undoneEventId);
            if (!found)
                return found.error();
            target = std::move(found).value();
        }
        if (target)
            context.undoTarget =
                Rules::UndoTarget{*target, m_undone.contains(target->id), undo->lastStampAt};
    }
    return context;
}

StoreResult<Done> Replay::apply(CardState &state, const Event &event)
{
    auto context = contextFor(event);
    if (!context)
        return context.error();
    (void)Merge::fold(state, event, context.value());
    note(event);
    return Done{};
}

} // namespace stampdesk
