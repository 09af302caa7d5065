// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace stampdesk {

class StaffSession;
class Store;

/// The POS redeem codes of a "zero integration" shop: importing a CSV file
/// of them, what the import did, and the stock left. codeStockLow is the
/// warning a manager sees also outside the settings.
class CodeStockController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application makes the code stock with its store.")
    Q_PROPERTY(int available READ available NOTIFY stockChanged FINAL)
    Q_PROPERTY(int attached READ attached NOTIFY stockChanged FINAL)
    Q_PROPERTY(int lowAt READ lowAt NOTIFY stockChanged FINAL)
    Q_PROPERTY(bool codeStockLow READ codeStockLow NOTIFY stockChanged FINAL)
    /// The low-stock warning in words; empty while the stock is fine.
    Q_PROPERTY(QString warning READ warning NOTIFY stockChanged FINAL)
    Q_PROPERTY(bool imported READ imported NOTIFY importChanged FINAL)
    Q_PROPERTY(int added READ added NOTIFY importChanged FINAL)
    Q_PROPERTY(int alreadyKnown READ alreadyKnown NOTIFY importChanged FINAL)
    /// "line N: reason" for each line not imported.
    Q_PROPERTY(QStringList rejected READ rejected NOTIFY importChanged FINAL)
    Q_PROPERTY(QString problem READ problem NOTIFY importChanged FINAL)

public:
    /// The store and the session must outlive the controller.
    CodeStockController(Store &store, StaffSession &session, QObject *parent = nullptr);

    int available() const { return m_available; }
    int attached() const { return m_attached; }
    int lowAt() const { return m_lowAt; }
    bool codeStockLow() const { return m_low; }
    QString warning() const;
    bool imported() const { return m_imported; }
    int added() const { return m_added; }
    int alreadyKnown() const { return m_alreadyKnown; }
    QStringList rejected() const { return m_rejected; }
    QString problem() const { return m_problem; }

    /// Imports the codes of a CSV file (a path, or a file: URL as a file
    /// dialog gives it), recorded under the staff signed in.
    Q_INVOKABLE bool importFile(const QString &pathOrUrl);
    /// Reads the stock again: vouchers issued at the counter take codes.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void stockChanged();
    void importChanged();

private:
    void fail(const QString &problem);

    Store &m_store;
    StaffSession &m_session;
    QTimer m_poll;
    int m_available = 0;
    int m_attached = 0;
    int m_lowAt = 0;
    bool m_low = false;
    bool m_imported = false;
    int m_added = 0;
    int m_alreadyKnown = 0;
    QStringList m_rejected;
    QString m_problem;
};

} // namespace stampdesk
