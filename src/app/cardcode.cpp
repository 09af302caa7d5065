// SPDX-License-Identifier: Apache-2.0
#include "cardcode.h"

#include "core/ids.h"
#include "core/payload.h"
#include "language.h"
#include "scan/encoder.h"
#include "staffsession.h"
#include "store/store.h"

#include <QBuffer>
#include <QDir>
#include <QStandardPaths>

namespace stampdesk {

namespace {

// Large enough to be read from a phone held up to the camera, and to print
// sharp at 300 dpi (a version-5 code is 45 modules with its margin).
constexpr int moduleSize = 10;

QString defaultFolder()
{
    QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (pictures.isEmpty())
        pictures = QDir::homePath();
    return QDir(pictures).filePath(QStringLiteral("Stampdesk"));
}

// The code as an Image shows it without an image provider: small (a few
// kilobytes), made once per card.
QUrl dataUrl(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QUrl(QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()));
}

} // namespace

CardCode::CardCode(Store &store, const Language &language, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_folder(defaultFolder())
{
    connect(&language, &Language::changed, this, &CardCode::changed);
}

void CardCode::setStaff(StaffSession *staff)
{
    m_staff = staff;
}

QString CardCode::displayId() const
{
    return Ids::formatCardId(m_cardId);
}

QString CardCode::message() const
{
    if (m_error)
        return m_error->message();
    switch (m_problem) {
    case Problem::None:
        break;
    case Problem::NotSignedIn:
        return tr("Nobody is signed in. Sign in first: every new card is recorded under the name "
                  "of the staff member signed in.");
    case Problem::CannotSave:
        return tr("The picture could not be saved in %1. Check that the folder can be written.")
            .arg(QDir::toNativeSeparators(m_folder));
    }
    if (m_state != State::Shown)
        return {};
    if (!m_savedPath.isEmpty())
        //: %1 is a file path
        return tr("Saved as %1").arg(QDir::toNativeSeparators(m_savedPath));
    if (!hasCode())
        return tr("This shop's codes are signed by its backend: the card's code reaches the "
                  "customer's wallet after the next sync. Until then, find the card by phone "
                  "number.");
    return {};
}

void CardCode::setFolder(const QString &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    Q_EMIT changed();
}

bool CardCode::create(const QString &name, const QString &phone)
{
    m_error.reset();
    m_problem = Problem::None;
    if (!m_staff || !m_staff->signedIn()) {
        m_problem = Problem::NotSignedIn;
        m_state = State::Refused;
        Q_EMIT changed();
        return false;
    }
    auto made = m_store.createCard(name, phone, m_staff->name());
    if (!made) {
        m_error = made.error();
        m_state = State::Refused;
        Q_EMIT changed();
        return false;
    }
    const Card &card = made->state.card;
    showCode(card.id, card.name);
    Q_EMIT created(card.id);
    return true;
}

bool CardCode::show(const QString &cardId)
{
    m_error.reset();
    m_problem = Problem::None;
    auto card = m_store.card(cardId);
    if (!card) {
        m_error = card.error();
        m_state = State::Refused;
        Q_EMIT changed();
        return false;
    }
    showCode(card->id, card->name);
    return true;
}

void CardCode::showCode(const QString &cardId, const QString &name)
{
    m_cardId = cardId;
    m_name = name;
    m_savedPath.clear();
    m_payload.clear();
    m_image = {};
    m_imageUrl.clear();
    if (const auto key = m_store.signingKey()) {
        if (auto made = Payloads::make(PayloadKind::Card, cardId, *key)) {
            m_payload = made.value();
            scan::RenderOptions options;
            options.moduleSize = moduleSize;
            m_image = scan::render(scan::Symbology::QRCode, m_payload, options);
            m_imageUrl = dataUrl(m_image);
        }
    }
    m_state = State::Shown;
    Q_EMIT changed();
}

bool CardCode::savePng()
{
    if (m_image.isNull())
        return false;
    const QDir folder(m_folder);
    const QString path =
        folder.filePath(QStringLiteral("card-%1.png").arg(Ids::formatCardId(m_cardId)));
    m_problem = Problem::None;
    if (!folder.mkpath(QStringLiteral(".")) || !m_image.save(path, "PNG")) {
        m_problem = Problem::CannotSave;
        Q_EMIT changed();
        return false;
    }
    m_savedPath = path;
    Q_EMIT changed();
    return true;
}

void CardCode::clear()
{
    m_state = State::Idle;
    m_cardId.clear();
    m_name.clear();
    m_payload.clear();
    m_image = {};
    m_imageUrl.clear();
    m_savedPath.clear();
    m_error.reset();
    m_problem = Problem::None;
    Q_EMIT changed();
}

} // namespace stampdesk
