// SPDX-License-Identifier: Apache-2.0
#include "programmeeditor.h"

#include "core/rules.h"
#include "store/store.h"

#include <functional>

namespace stampdesk {

namespace {

using namespace Qt::StringLiterals;

// The rule's words start a sentence under the field.
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

ProgrammeEditor::ProgrammeEditor(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    load();
}

void ProgrammeEditor::load()
{
    auto read = m_store.programme();
    if (read) {
        m_programme = read.value();
        m_error.clear();
    } else {
        // Something to edit all the same: the demo a new shop starts with.
        m_programme = Programme::demo();
        m_error = read.error().message();
    }
    if (m_programme.validDays)
        m_lastValidDays = *m_programme.validDays;
    m_dirty = false;
    m_saved = false;
    validate();
    Q_EMIT changed();
}

bool ProgrammeEditor::save(const QString &staff)
{
    validate();
    if (!valid()) {
        Q_EMIT changed();
        return false;
    }
    Programme trimmed = m_programme;
    trimmed.reward.nameVi = trimmed.reward.nameVi.trimmed();
    trimmed.reward.nameEn = trimmed.reward.nameEn.trimmed();
    trimmed.reward.descriptionVi = trimmed.reward.descriptionVi.trimmed();
    trimmed.reward.descriptionEn = trimmed.reward.descriptionEn.trimmed();
    trimmed.location = trimmed.location.trimmed();
    const auto done = m_store.setProgramme(trimmed, staff);
    if (!done) {
        m_error = done.error().message();
        Q_EMIT changed();
        return false;
    }
    m_programme = trimmed;
    m_error.clear();
    m_dirty = false;
    m_saved = true;
    Q_EMIT changed();
    Q_EMIT programmeSaved();
    return true;
}

// Each field is put into a programme that is valid otherwise (the demo's),
// so that the rules' one answer becomes an answer per field.
void ProgrammeEditor::validate()
{
    using Apply = std::function<void(Programme &)>;
    const QList<std::pair<QString, Apply>> fields{
        {u"goal"_s,
         [this](Programme &p) {
             p.goal = m_programme.goal;
         }},
        {u"rewardName"_s,
         [this](Programme &p) {
             p.reward.nameVi = m_programme.reward.nameVi;
             p.reward.nameEn = m_programme.reward.nameEn;
         }},
        {u"validDays"_s,
         [this](Programme &p) {
             p.validDays = m_programme.validDays;
         }},
        {u"maxPerVisit"_s,
         [this](Programme &p) {
             p.maxPerVisit = m_programme.maxPerVisit;
         }},
        {u"cooldownMinutes"_s,
         [this](Programme &p) {
             p.cooldownMinutes = m_programme.cooldownMinutes;
         }},
    };
    m_problems.clear();
    for (const auto &[name, apply] : fields) {
        Programme p = Programme::demo();
        apply(p);
        if (const auto refusal = Rules::validate(p))
            m_problems.insert(name, sentence(refusal->detail));
    }
    // Anything the rules check beyond these fields.
    if (m_problems.isEmpty()) {
        if (const auto refusal = Rules::validate(m_programme))
            m_problems.insert(u"programme"_s, refusal->message());
    }
}

void ProgrammeEditor::edited()
{
    m_dirty = true;
    m_saved = false;
    validate();
    Q_EMIT changed();
}

// ProgrammeInfo's enums mirror core's, value for value.
ProgrammeInfo::RewardKind ProgrammeEditor::rewardKind() const
{
    return static_cast<ProgrammeInfo::RewardKind>(m_programme.reward.kind);
}

ProgrammeInfo::RedemptionMode ProgrammeEditor::redemptionMode() const
{
    return static_cast<ProgrammeInfo::RedemptionMode>(m_programme.mode);
}

void ProgrammeEditor::setGoal(int goal)
{
    if (goal == m_programme.goal)
        return;
    m_programme.goal = goal;
    edited();
}

void ProgrammeEditor::setRewardNameVi(const QString &name)
{
    if (name == m_programme.reward.nameVi)
        return;
    m_programme.reward.nameVi = name;
    edited();
}

void ProgrammeEditor::setRewardNameEn(const QString &name)
{
    if (name == m_programme.reward.nameEn)
        return;
    m_programme.reward.nameEn = name;
    edited();
}

void ProgrammeEditor::setRewardDescriptionVi(const QString &text)
{
    if (text == m_programme.reward.descriptionVi)
        return;
    m_programme.reward.descriptionVi = text;
    edited();
}

void ProgrammeEditor::setRewardDescriptionEn(const QString &text)
{
    if (text == m_programme.reward.descriptionEn)
        return;
    m_programme.reward.descriptionEn = text;
    edited();
}

void ProgrammeEditor::setRewardKind(ProgrammeInfo::RewardKind kind)
{
    const auto value = static_cast<RewardKind>(kind);
    if (value == m_programme.reward.kind)
        return;
    m_programme.reward.kind = value;
    edited();
}

void ProgrammeEditor::setRedemptionMode(ProgrammeInfo::RedemptionMode mode)
{
    const auto value = static_cast<RedemptionMode>(mode);
    if (value == m_programme.mode)
        return;
    m_programme.mode = value;
    edited();
}

void ProgrammeEditor::setExpires(bool expires)
{
    if (expires == this->expires())
        return;
    m_programme.validDays = expires ? std::optional<int>(m_lastValidDays) : std::nullopt;
    edited();
}

void ProgrammeEditor::setValidDays(int days)
{
    m_lastValidDays = days;
    if (!expires() || days == *m_programme.validDays) {
        Q_EMIT changed();
        return;
    }
    m_programme.validDays = days;
    edited();
}

void ProgrammeEditor::setMaxPerVisit(int stamps)
{
    if (stamps == m_programme.maxPerVisit)
        return;
    m_programme.maxPerVisit = stamps;
    edited();
}

void ProgrammeEditor::setCooldownMinutes(int minutes)
{
    if (minutes == m_programme.cooldownMinutes)
        return;
    m_programme.cooldownMinutes = minutes;
    edited();
}

void ProgrammeEditor::setLocation(const QString &location)
{
    if (location == m_programme.location)
        return;
    m_programme.location = location;
    edited();
}

} // namespace stampdesk
