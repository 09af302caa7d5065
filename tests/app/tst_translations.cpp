// SPDX-License-Identifier: Apache-2.0
// The translation files are complete: every message of the program is in
// both, translated, with its placeholders and plural forms. lupdate runs
// over the sources into copies of the .ts files, so that a string added to
// the code without a translation fails here, not in front of a customer.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; ///< the translation's type: "", "unfinished", "vanished", "obsolete"
    QStringList forms; ///< the translation, or its plural forms
    int line = 0;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString where() const
    {
        return context + u" \""_s + source + u"\" (line "_s + QString::number(line) + u')';
    }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

Message readMessage(QXmlStreamReader &xml, const QString &context)
{
    Message m;
    m.context = context;
    m.numerus = xml.attributes().value("numerus"_L1) == u"yes";
    m.line = int(xml.lineNumber());
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            m.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            m.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            m.type = xml.attributes().value("type"_L1).toString();
            if (!m.numerus) {
                m.forms = {xml.readElementText()};
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == u"numerusform")
                    m.forms.append(xml.readElementText());
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return m;
}

TsFile read(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = path + u": "_s + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != u"TS") {
        ts.error = path + u": not a .ts file"_s;
        return ts;
    }
    ts.language = xml.attributes().value("language"_L1).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                ts.messages.append(readMessage(xml, context));
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        ts.error = path + u": "_s + xml.errorString();
    return ts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QStringList tsFiles = QStringLiteral(STAMPDESK_TS_FILES).split(u'|');
        QStringList copies;
        for (const QString &ts : tsFiles) {
            const QString copy = m_dir.filePath(QFileInfo(ts).fileName());
            QVERIFY(QFile::copy(ts, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            m_files.append({ts, copy});
            copies.append(copy);
        }

        QProcess lupdate;
        lupdate.start(QStringLiteral(STAMPDESK_LUPDATE),
                      QStringList{u"@"_s + QStringLiteral(STAMPDESK_LUPDATE_LIST),
                                  u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-ts"_s}
                          + copies);
        QVERIFY(lupdate.waitForFinished(120'000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    }

    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("copy");
        for (const auto &[original, copy] : std::as_const(m_files))
            QTest::newRow(qPrintable(QFileInfo(original).fileName())) << original << copy;
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, copy);
        const TsFile ts = read(copy);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY(!ts.messages.isEmpty());

        QStringList missing;
        for (const Message &m : ts.messages) {
            const bool empty = m.forms.isEmpty()
                || std::any_of(m.forms.cbegin(), m.forms.cend(),
                               [](const QString &f) { return f.trimmed().isEmpty(); });
            if (!m.type.isEmpty() || empty)
                missing.append(m.where() + (m.type.isEmpty() ? u""_s : u" is "_s + m.type));
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"%1 untranslated (build the target update_translations, then "
                            "translate):\n"_s.arg(missing.size())
                            + missing.join(u'\n')));
    }

    void noMessageIsLeftOver_data() { everyMessageIsTranslated_data(); }

    void noMessageIsLeftOver()
    {
        QFETCH(QString, original);
        QFETCH(QString, copy);
        const TsFile before = read(original);
        const TsFile after = read(copy);
        QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
        QSet<QString> kept;
        for (const Message &m : after.messages)
            kept.insert(m.key());
        QStringList stale;
        for (const Message &m : before.messages) {
            if (!kept.contains(m.key()))
                stale.append(m.where());
        }
        QVERIFY2(stale.isEmpty(),
                 qPrintable(u"no longer in the sources (build update_translations):\n"_s
                            + stale.join(u'\n')));
    }

    void placeholdersAndPluralsAreKept_data() { everyMessageIsTranslated_data(); }

    void placeholdersAndPluralsAreKept()
    {
        QFETCH(QString, copy);
        const TsFile ts = read(copy);
        // English has a singular and a plural, Vietnamese one form for all.
        const int forms = ts.language.startsWith(u"vi") ? 1 : 2;
        static const QRegularExpression placeholder(u"%(\\d|n)"_s);
        const auto placeholders = [](const QString &text) {
            QSet<QString> found;
            for (const auto &match : placeholder.globalMatch(text))
                found.insert(match.captured());
            return found;
        };

        QStringList wrong;
        for (const Message &m : ts.messages) {
            if (m.numerus && m.forms.size() != forms)
                wrong.append(m.where()
                             + u": %1 plural forms, not %2"_s.arg(m.forms.size()).arg(forms));
            for (const QString &form : m.forms) {
                if (placeholders(form) != placeholders(m.source))
                    wrong.append(
                        m.where()
                        + u": the translation \"%1\" changes the placeholders"_s.arg(form));
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

private:
    QTemporaryDir m_dir;
    QList<std::pair<QString, QString>> m_files; ///< (original, copy)
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
