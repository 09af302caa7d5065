// SPDX-License-Identifier: Apache-2.0
#include "storeerror.h"

#include "core/enumnames.h"

namespace stampdesk {

namespace {
using K = StoreError::Kind;
constexpr EnumNames<K, 19> kindNames{{{
    {K::CannotOpen, u"cannot-open"},
    {K::NotADatabase, u"not-a-database"},
    {K::ForeignDatabase, u"foreign-database"},
    {K::TooNew, u"too-new"},
    {K::Corrupt, u"corrupt"},
    {K::Busy, u"busy"},
    {K::Io, u"io"},
    {K::NotFound, u"not-found"},
    {K::Typo, u"typo"},
    {K::Refused, u"refused"},
    {K::KeyConflict, u"key-conflict"},
    {K::LastManager, u"last-manager"},
    {K::InvalidStaff, u"invalid-staff"},
    {K::InvalidSetting, u"invalid-setting"},
    {K::SameFile, u"same-file"},
    {K::Exists, u"exists"},
    {K::CannotWrite, u"cannot-write"},
    {K::DiskFull, u"disk-full"},
    {K::CorruptBackup, u"corrupt-backup"},
}}};
} // namespace

StoreError StoreError::refused(Refusal refusal)
{
    StoreError e;
    e.kind = Kind::Refused;
    e.refusal = std::move(refusal);
    return e;
}

StoreError StoreError::notFound(QString subject)
{
    StoreError e;
    e.kind = Kind::NotFound;
    e.subject = std::move(subject);
    return e;
}

QString StoreError::codeName() const
{
    if (refusal)
        return refusal->codeName();
    return kindNames.name(kind);
}

QString StoreError::message() const
{
    switch (kind) {
    case K::CannotOpen:
        return tr("The database %1 cannot be opened: %2").arg(subject, detail);
    case K::NotADatabase:
        return tr("%1 is not a Stampdesk database (it is not a database at all). It was left "
                  "untouched; choose the right file.")
            .arg(subject);
    case K::ForeignDatabase:
        return tr("%1 is the database of another program, not of Stampdesk. It was left "
                  "untouched; choose the right file.")
            .arg(subject);
    case K::TooNew:
        return tr("%1 was written by a newer version of Stampdesk. Update Stampdesk to open it.")
            .arg(subject);
    case K::Corrupt:
        return tr("The database %1 is damaged and was left untouched. Restore it from a backup.")
            .arg(subject);
    case K::Busy:
        return tr("The database is busy with another program. Try again in a moment.");
    case K::Io:
        return tr("The database could not be written or read (%1). Nothing was changed.")
            .arg(detail);
    case K::NotFound:
        return tr("Nothing matches \"%1\".").arg(subject);
    case K::Typo:
        return tr("The code \"%1\" has a typo. Check it and type it again.").arg(subject);
    case K::Refused:
        return refusal ? refusal->message() : QString();
    case K::KeyConflict:
        //: "key": a cryptographic key that signs card and voucher codes
        return tr("This register already signs with its own key number %1; a different key with "
                  "that number was not added.")
            .arg(subject);
    case K::LastManager:
        return tr("This would leave the shop without a manager. Make another member a manager "
                  "first.");
    case K::InvalidStaff:
        //: %1 is the name given for a staff member
        return subject.isEmpty() ? tr("A staff member needs a name.")
                                 : tr("There is already a staff member called \"%1\". Choose "
                                      "another name.")
                                       .arg(subject);
    case K::InvalidSetting:
        //: %1 is a value that was given, %2 the name of a setting (e.g. language)
        return tr("\"%1\" is not a valid value for the setting %2.").arg(detail, subject);
    case K::SameFile:
        return tr("%1 is this register's own database. Choose another file.").arg(subject);
    case K::Exists:
        return tr("%1 exists already and was left untouched. Choose another name for the backup.")
            .arg(subject);
    case K::CannotWrite:
        return tr("%1 cannot be written: its folder does not exist or may not be written to. "
                  "Choose another folder.")
            .arg(subject);
    case K::DiskFull:
        return tr("The disk is full: %1 could not be written. Free some space and try again; "
                  "nothing was changed.")
            .arg(subject);
    case K::CorruptBackup:
        return tr("%1 is damaged (it fails the integrity check) and was not restored. Nothing was "
                  "changed; choose another backup.")
            .arg(subject);
    }
    return {};
}

} // namespace stampdesk
