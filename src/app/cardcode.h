// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/storeerror.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <QUrl>

#include <optional>

namespace stampdesk {

class Language;
class StaffSession;
class Store;

/// A new card made at the counter, and its signed QR code.
///
/// Without a backend the app is its own issuer: the store keeps the shop's
/// signing key, so the register signs the card's code itself and shows it
/// on screen (the customer photographs it, or it is printed from the PNG)
/// before any wallet pass exists. Where only the backend signs, the card
/// is made all the same and the code comes with the wallet pass.
class CardCode : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Shell makes the one CardCode.")
    Q_PROPERTY(State state READ state NOTIFY changed FINAL)
    Q_PROPERTY(QString cardId READ cardId NOTIFY changed FINAL)
    Q_PROPERTY(QString displayId READ displayId NOTIFY changed FINAL)
    Q_PROPERTY(QString name READ name NOTIFY changed FINAL)
    Q_PROPERTY(bool hasCode READ hasCode NOTIFY changed FINAL)
    Q_PROPERTY(QString payload READ payload NOTIFY changed FINAL)
    Q_PROPERTY(QUrl imageUrl READ imageUrl NOTIFY changed FINAL)
    Q_PROPERTY(QString message READ message NOTIFY changed FINAL)
    Q_PROPERTY(QString savedPath READ savedPath NOTIFY changed FINAL)
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY changed FINAL)

public:
    enum class State {
        Idle, ///< the form is empty
        Shown, ///< a card was made (or asked for); its code, if this register signs
        Refused, ///< the details were refused, or the store failed; message says why
    };
    Q_ENUM(State)

    /// The store and the language must outlive this object.
    CardCode(Store &store, const Language &language, QObject *parent = nullptr);

    /// Who makes the card; refused while nobody is signed in.
    void setStaff(StaffSession *staff);

    State state() const { return m_state; }
    QString cardId() const { return m_cardId; }
    QString displayId() const;
    QString name() const { return m_name; }
    /// Whether the register could sign the card's code (it holds the key).
    bool hasCode() const { return !m_payload.isEmpty(); }
    /// The signed payload text the QR code holds.
    QString payload() const { return m_payload; }
    /// The QR code as a PNG in a data: URL, for an Image.
    QUrl imageUrl() const { return m_imageUrl; }
    /// The QR code (null without one).
    QImage image() const { return m_image; }
    /// In the current language: why refused, or where the code was saved,
    /// or that the backend signs; empty otherwise.
    QString message() const;
    QString savedPath() const { return m_savedPath; }
    /// Where savePng() writes: the user's Pictures/Stampdesk by default.
    QString folder() const { return m_folder; }
    void setFolder(const QString &folder);

    /// Makes a card (name and phone optional); true when made. Then shows
    /// its code.
    Q_INVOKABLE bool create(const QString &name, const QString &phone);
    /// Shows the code of an existing card (to print it again).
    Q_INVOKABLE bool show(const QString &cardId);
    /// Writes the code as folder/card-XXXX-XXXX-XXXX-XXXX.png; true when written.
    Q_INVOKABLE bool savePng();
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();
    /// A card was made (the counter shows it, ready for its first stamps).
    void created(const QString &cardId);

private:
    enum class Problem { None, NotSignedIn, CannotSave };
    void showCode(const QString &cardId, const QString &name);

    Store &m_store;
    QPointer<StaffSession> m_staff;
    State m_state = State::Idle;
    QString m_cardId;
    QString m_name;
    QString m_payload;
    QImage m_image;
    QUrl m_imageUrl;
    QString m_savedPath;
    QString m_folder;
    std::optional<StoreError> m_error;
    Problem m_problem = Problem::None;
};

} // namespace stampdesk
