// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/refusal.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace stampdesk {

/// Why the store could not do what was asked: a typed kind for code, a
/// message for people, and the technical detail for logs.
struct StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)
public:
    enum class Kind {
        CannotOpen, ///< the file cannot be opened or created (permissions, missing folder)
        NotADatabase, ///< the file is not an SQLite database at all
        ForeignDatabase, ///< an SQLite database of some other program
        TooNew, ///< written by a newer Stampdesk; this version cannot read it
        Corrupt, ///< SQLite reports the file as damaged
        Busy, ///< another program held the database for too long
        Io, ///< any other database failure (disk full, I/O error)
        NotFound, ///< no such card, voucher or event
        Typo, ///< a redeem code with a wrong symbol
        Refused, ///< the rules refused the action; see refusal
        KeyConflict, ///< a different key under a key number already held (subject)
        LastManager, ///< the change would leave no active manager (issue 5)
        InvalidStaff, ///< an empty name, or the name of another active member (subject)
        InvalidSetting, ///< a value a setting cannot take (subject = key, detail = value)
        SameFile, ///< a backup onto, or a restore from, the database itself (subject)
        Exists, ///< a backup would replace a file that exists (subject)
        CannotWrite, ///< a backup's folder is missing or may not be written (subject)
        DiskFull, ///< the disk is full; nothing was written (subject)
        CorruptBackup, ///< a file to restore fails the integrity check (subject)
    };

    Kind kind = Kind::Io;
    QString subject; ///< what was looked for or which file
    QString detail; ///< the technical detail (SQLite's message), for logs
    std::optional<Refusal> refusal;

    static StoreError refused(Refusal refusal);
    static StoreError notFound(QString subject);

    /// A stable machine-readable name, e.g. "not-found" (for a refusal, the
    /// refusal's own code name).
    QString codeName() const;

    /// What happened, in plain words in the current UI language.
    QString message() const;
};

template<typename T>
using StoreResult = Result<T, StoreError>;

} // namespace stampdesk
