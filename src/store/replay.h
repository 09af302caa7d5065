// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/merge.h"
#include "storeerror.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace stampdesk {

/// Replays this register's own events on a card state the backend sent
/// (docs/sync.md), through the same merge the backend runs. Two callers
/// must agree exactly: applying a pulled page (for the events the backend
/// has not answered yet) and check() (rebuilding a pulled card from its
/// baseline). Both feed the ledger's events in order, so each event is
/// merged under the programme in force when it was recorded and sees the
/// stamp events before it.
class Replay
{
public:
    /// Finds a stamp event the replay has not been fed (an undo may refer
    /// to stamps from before the replay began): none when there is no such
    /// event, an error when it cannot be read.
    using Lookup = std::function<StoreResult<std::optional<Event>>(const QString &id)>;

    Replay(Programme programme, Lookup lookup);

    /// Notes an event of the ledger that is not replayed on any card (a
    /// programme change, stamps of a card before its baseline).
    void note(const Event &event);

    /// Merges event on state and notes it. An event the merge refuses
    /// leaves state as it is: the backend refuses it too, and says so. The
    /// lookup's error (the undo's target cannot be read) leaves state and
    /// the replay as they were.
    StoreResult<Done> apply(CardState &state, const Event &event);

    const Programme &programme() const { return m_programme; }

private:
    StoreResult<MergeContext> contextFor(const Event &event) const;

    Programme m_programme;
    Lookup m_lookup;
    QHash<QString, Event> m_stampEvents;
    QSet<QString> m_undone;
};

} // namespace stampdesk
