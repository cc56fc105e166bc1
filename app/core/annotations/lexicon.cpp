// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "annotations/lexicon.h"

#include "annotations/words.h"
#include "util/boundedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace Annalist {

namespace {

bool valid(const LexiconEntry &entry)
{
    return !entry.text.trimmed().isEmpty() && !entry.type.trimmed().isEmpty();
}

/// The leading run of word characters; empty when text does not start with one.
QStringView firstWord(QStringView text)
{
    qsizetype end = 0;
    while (end < text.size() && Words::wordCharAt(text, end))
        end += Words::codePointLengthAt(text, end);
    return text.left(end);
}

} // namespace

QString Lexicon::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/lexicon.json");
}

Lexicon::LoadResult Lexicon::load(const QString &path)
{
    clear();
    LoadResult result;
    const QString name = QDir::toNativeSeparators(path);
    const BoundedRead read = readBoundedFile(path, MaxFileBytes);
    if (read.status == BoundedRead::Status::Missing) {
        result.status = LoadResult::Status::Missing;
        return result;
    }
    if (read.status == BoundedRead::Status::TooLarge) {
        result.status = LoadResult::Status::TooLarge;
        result.message = QCoreApplication::translate("Lexicon", "The lexicon %1 is larger than the %2 limit (%3); it "
                                                                "is not used and was left as it is.")
                             .arg(name, sizeForMessage(MaxFileBytes), sizeForMessage(read.size));
        m_brokenPath = path;
        return result;
    }
    if (!read.ok()) {
        result.status = LoadResult::Status::Unreadable;
        const QString why = read.status == BoundedRead::Status::NotAFile
            ? QCoreApplication::translate("Lexicon", "not a regular file")
            : read.error;
        result.message = QCoreApplication::translate("Lexicon", "The lexicon %1 cannot be read: %2").arg(name, why);
        m_brokenPath = path;
        return result;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(read.bytes, &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !root.value(u"annalist:lexicon").isDouble()
        || !root.value(u"entries").isArray()) {
        result.status = LoadResult::Status::Invalid;
        result.message = QCoreApplication::translate("Lexicon", "The lexicon %1 is damaged or not a lexicon; it was left as it is.").arg(name);
        m_brokenPath = path;
        return result;
    }
    if (root.value(u"annalist:lexicon").toDouble() > SchemaVersion) {
        result.status = LoadResult::Status::NewerVersion;
        result.message = QCoreApplication::translate("Lexicon", "The lexicon %1 was written by a newer Annalist; it is used but will not be changed.")
                             .arg(name);
        m_brokenPath = path;
    }
    const QJsonArray entries = root.value(u"entries").toArray();
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        if (!o.value(u"text").isString() || !o.value(u"type").isString())
            continue;
        const LexiconEntry entry{o.value(u"text").toString(), o.value(u"type").toString()};
        if (valid(entry) && indexOf(entry.text) < 0)
            m_entries.append(entry);
    }
    reindex();
    return result;
}

bool Lexicon::save(const QString &path, QString *error) const
{
    const QString name = QDir::toNativeSeparators(path);
    if (!m_brokenPath.isEmpty() && QFileInfo(m_brokenPath) == QFileInfo(path)) {
        if (error)
            *error = QCoreApplication::translate("Lexicon", "The lexicon %1 could not be read before, so it is not overwritten.").arg(name);
        return false;
    }
    QJsonArray entries;
    for (const LexiconEntry &e : m_entries)
        entries.append(QJsonObject{{QStringLiteral("text"), e.text}, {QStringLiteral("type"), e.type}});
    const QJsonObject root{{QStringLiteral("annalist:lexicon"), SchemaVersion}, {QStringLiteral("entries"), entries}};
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("Lexicon", "The lexicon %1 cannot be written: %2").arg(name, file.errorString());
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Lexicon", "The lexicon %1 cannot be written: %2").arg(name, file.errorString());
        return false;
    }
    return true;
}

qsizetype Lexicon::indexOf(const QString &text) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].text == text)
            return i;
    }
    return -1;
}

bool Lexicon::add(const LexiconEntry &entry)
{
    if (!valid(entry))
        return false;
    const qsizetype i = indexOf(entry.text);
    if (i >= 0) {
        if (m_entries[i].type == entry.type)
            return false;
        m_entries[i].type = entry.type;
    } else {
        m_entries.append(entry);
    }
    reindex();
    return true;
}

bool Lexicon::remove(const QString &text)
{
    const qsizetype i = indexOf(text);
    if (i < 0)
        return false;
    m_entries.removeAt(i);
    reindex();
    return true;
}

bool Lexicon::setEntry(qsizetype index, const LexiconEntry &entry)
{
    if (index < 0 || index >= m_entries.size() || !valid(entry))
        return false;
    const qsizetype other = indexOf(entry.text);
    if (other >= 0 && other != index)
        return false;
    m_entries[index] = entry;
    reindex();
    return true;
}

void Lexicon::clear()
{
    m_entries.clear();
    reindex();
}

void Lexicon::reindex()
{
    m_byFirstWord.clear();
    m_others.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const QStringView word = firstWord(m_entries[i].text);
        if (word.isEmpty())
            m_others.append(i);
        else
            m_byFirstWord[qHash(word)].append(i);
    }
    for (QList<qsizetype> &list : m_byFirstWord) {
        std::stable_sort(list.begin(), list.end(),
                         [this](qsizetype a, qsizetype b) { return m_entries[a].text.size() > m_entries[b].text.size(); });
    }
}

EntityList Lexicon::match(const QString &textString) const
{
    const QStringView text(textString);
    EntityList found;
    if (m_entries.isEmpty())
        return found;
    const QString why = QCoreApplication::translate("Lexicon", "from your lexicon");
    const auto entity = [this, &why](qsizetype at, qsizetype entry) {
        Entity e;
        e.range = {at, at + m_entries[entry].text.size()};
        e.type = m_entries[entry].type;
        e.origin = Origin::Lexicon;
        e.why = why;
        return e;
    };
    qsizetype pos = 0;
    while (pos < text.size()) {
        if (!Words::wordCharAt(text, pos)) {
            pos += Words::codePointLengthAt(text, pos);
            continue;
        }
        const QStringView word = firstWord(text.mid(pos));
        const auto it = m_byFirstWord.constFind(qHash(word));
        bool matched = false;
        if (it != m_byFirstWord.cend() && !Words::wordCharBefore(text, pos)) {
            for (const qsizetype i : *it) {
                const QString &needle = m_entries[i].text;
                if (text.mid(pos).startsWith(needle) && Words::isWholeWord(text, pos, pos + needle.size())) {
                    found.append(entity(pos, i));
                    pos += needle.size();
                    matched = true;
                    break;
                }
            }
        }
        if (!matched)
            pos += word.size();
    }
    for (const qsizetype i : m_others) {
        const QString &needle = m_entries[i].text;
        for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            if (Words::isWholeWord(text, at, at + needle.size()))
                found.append(entity(at, i));
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const Entity &a, const Entity &b) {
        return a.range.start < b.range.start || (a.range.start == b.range.start && a.range.end > b.range.end);
    });
    EntityList out;
    qsizetype lastEnd = -1;
    for (Entity &e : found) {
        if (e.range.start < lastEnd)
            continue;
        lastEnd = e.range.end;
        out.append(std::move(e));
    }
    return out;
}

} // namespace Annalist
