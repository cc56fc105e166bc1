// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recognize/nermodel.h"

#include "recognize/gazetteer.h"
#include "recognize/tokenizer.h"

#include <QFile>
#include <QGlobalStatic>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QResource>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

Q_LOGGING_CATEGORY(lcNerModel, "annalist.recognize.model")

namespace Annalist {

namespace {

constexpr char Magic[8] = {'A', 'N', 'N', 'E', 'R', 'v', '1', '\n'};

/// Mixes a feature template and a value into one 32-bit feature hash.
inline quint32 mix(quint64 templ, quint64 value)
{
    quint64 h = (templ * 0x9E3779B97F4A7C15ULL) ^ (value + 0x632BE59BD9B4E019ULL + (templ << 6));
    h ^= h >> 31;
    h *= 0xD6E8FEB86659FD93ULL;
    h ^= h >> 32;
    return quint32(h);
}

/// 0 lower case, 1 capitalized, 2 all capitals, 3 anything else (digits).
inline int caseClass(const ModelToken &t)
{
    if (t.shape & Word::AllCaps)
        return 2;
    if (t.shape & Word::Capitalized)
        return 1;
    if (t.shape & Word::Lowercase)
        return 0;
    return 3;
}

constexpr quint64 Outside = 0x5eed5eed5eedULL; ///< the word "before the start" or "after the end"

// Feature templates. The numbers are part of the file format: changing one
// means retraining.
enum Template : quint64 {
    Bias = 1,
    Lower,
    LowerCase,
    ShapeBits,
    Prefix,
    Suffix = Prefix + 4,
    Neighbour = Suffix + 5, ///< + 2 + offset
    NeighbourCase = Neighbour + 6,
    CasePairBefore = NeighbourCase + 6,
    CasePairAfter,
    BeforeAndCase,
    AfterAndCase,
    GapBefore,
    GapAfter,
    Position,
    Common,
    FlagBit,
    FlagBitBefore,
    FlagBitAfter,
    Listed,
    ListedBefore,
    ListedAfter,
    FirstNameThenName,
    TwoBefore,
};

} // namespace

int NerModel::features(const std::vector<ModelToken> &window, int pos, quint32 *out)
{
    int n = 0;
    const auto add = [&](quint64 templ, quint64 value) {
        if (n < MaxFeatures)
            out[n++] = mix(templ, value);
    };
    const int size = int(window.size());
    const ModelToken &t = window[pos];
    const ModelToken *prev = pos > 0 ? &window[pos - 1] : nullptr;
    const ModelToken *next = pos + 1 < size ? &window[pos + 1] : nullptr;
    const int cc = caseClass(t);
    const int prevCase = prev ? caseClass(*prev) : 4;
    const int nextCase = next ? caseClass(*next) : 4;

    add(Bias, 0);
    add(Lower, t.hash);
    add(LowerCase, t.hash ^ quint64(cc));
    const qsizetype len = t.word.size();
    add(ShapeBits, quint64(t.shape) | (quint64(std::min<qsizetype>(len, 8)) << 16));

    // Prefixes and suffixes of the case-folded word.
    quint64 h = FnvOffset;
    for (qsizetype k = 0; k < std::min<qsizetype>(len, 3); ++k) {
        h = (h ^ foldChar(t.word[k].unicode())) * FnvPrime;
        if (k + 1 < len)
            add(Prefix + quint64(k), h);
    }
    h = FnvOffset;
    for (qsizetype k = 0; k < std::min<qsizetype>(len - 1, 4); ++k) {
        h = (h ^ foldChar(t.word[len - 1 - k].unicode())) * FnvPrime;
        add(Suffix + quint64(k), h);
    }

    for (int d = -2; d <= 2; ++d) {
        if (d == 0)
            continue;
        const int q = pos + d;
        const quint64 w = (q >= 0 && q < size) ? window[q].hash : Outside;
        add(Neighbour + quint64(d + 2), w);
        if (d == -1 || d == 1)
            add(NeighbourCase + quint64(d + 2), quint64((q >= 0 && q < size) ? caseClass(window[q]) : 4));
    }
    add(CasePairBefore, quint64(prevCase * 8 + cc));
    add(CasePairAfter, quint64(cc * 8 + nextCase));
    add(BeforeAndCase, (prev ? prev->hash : Outside) ^ quint64(cc));
    add(AfterAndCase, (next ? next->hash : Outside) ^ quint64(cc));
    if (pos >= 2)
        add(TwoBefore, window[pos - 2].hash ^ (prev->hash * 31));
    add(GapBefore, quint64(t.gapPunct) | (t.newlineBefore ? 0x10000 : 0));
    add(GapAfter, next ? (quint64(next->gapPunct) | (next->newlineBefore ? 0x10000 : 0)) : 0x20000);
    add(Position, quint64(t.initial) | (quint64(t.headline) << 1) | (quint64(cc) << 2));
    add(Common, quint64(t.common) | (quint64(t.initial) << 1) | (quint64(cc) << 2));

    constexpr quint32 OwnBits = 0x1fff;
    for (quint32 f = t.flags & OwnBits; f; f &= f - 1)
        add(FlagBit, quint64(qCountTrailingZeroBits(f)) | (quint64(cc) << 8));
    constexpr quint32 NeighbourBits = TitleWord | Demonym | OrgCue | LocCue | PersonVerb | Connector | Particle
        | FirstName | CommonWord;
    if (prev)
        for (quint32 f = prev->flags & NeighbourBits; f; f &= f - 1)
            add(FlagBitBefore, quint64(qCountTrailingZeroBits(f)));
    if (next)
        for (quint32 f = next->flags & NeighbourBits; f; f &= f - 1)
            add(FlagBitAfter, quint64(qCountTrailingZeroBits(f)));
    add(Listed, t.listed);
    add(ListedBefore, prev ? prev->listed : 0xff);
    add(ListedAfter, next ? next->listed : 0xff);
    if ((t.flags & FirstName) && next && nextCase == 1)
        add(FirstNameThenName, quint64(next->common));
    return n;
}

bool NerModel::allowed(int a, int b)
{
    if (!nerLabelInside(b))
        return true;
    return a != Labels && a != NerLabel::O && nerLabelType(a) == nerLabelType(b);
}

void NerModel::viterbi(const float *emissions, int len, const float *transitions, int *labels)
{
    if (len <= 0)
        return;
    constexpr float Never = -std::numeric_limits<float>::infinity();
    // Scratch kept per thread: most segments are a word or two, and an
    // allocation per segment would cost more than the decoding.
    thread_local std::vector<float> score;
    thread_local std::vector<int> back;
    score.resize(std::size_t(len) * Labels);
    back.resize(std::size_t(len) * Labels);
    for (int b = 0; b < Labels; ++b)
        score[b] = allowed(Labels, b) ? transitions[Labels * Labels + b] + emissions[b] : Never;
    for (int i = 1; i < len; ++i) {
        for (int b = 0; b < Labels; ++b) {
            float best = Never;
            int from = 0;
            for (int a = 0; a < Labels; ++a) {
                if (!allowed(a, b))
                    continue;
                const float s = score[std::size_t(i - 1) * Labels + a] + transitions[a * Labels + b];
                if (s > best) {
                    best = s;
                    from = a;
                }
            }
            score[std::size_t(i) * Labels + b] = best + emissions[std::size_t(i) * Labels + b];
            back[std::size_t(i) * Labels + b] = from;
        }
    }
    int best = 0;
    for (int b = 1; b < Labels; ++b)
        if (score[std::size_t(len - 1) * Labels + b] > score[std::size_t(len - 1) * Labels + best])
            best = b;
    for (int i = len - 1; i >= 0; --i) {
        labels[i] = best;
        best = back[std::size_t(i) * Labels + best];
    }
}

void NerModel::confidences(const float *emissions, int len, const int *labels, float *out) const
{
    // Forward-backward in probability space, each position rescaled to sum
    // to one: exp() once per word and label, no logarithms.
    const float inv = 1.0f / m_temperature;
    const std::size_t cells = std::size_t(len) * Labels;
    thread_local std::vector<float> e, alpha, beta;
    e.resize(cells);
    alpha.resize(cells);
    beta.resize(cells);
    for (int i = 0; i < len; ++i) {
        const float *row = emissions + std::size_t(i) * Labels;
        const float top = *std::max_element(row, row + Labels);
        for (int b = 0; b < Labels; ++b)
            e[std::size_t(i) * Labels + b] = std::exp((row[b] - top) * inv);
    }
    const auto normalize = [](float *v) {
        float sum = 0;
        for (int b = 0; b < Labels; ++b)
            sum += v[b];
        if (sum > 0)
            for (int b = 0; b < Labels; ++b)
                v[b] /= sum;
    };
    for (int b = 0; b < Labels; ++b)
        alpha[b] = m_expTransitions[Labels * Labels + b] * e[b];
    normalize(alpha.data());
    for (int i = 1; i < len; ++i) {
        float *cur = alpha.data() + std::size_t(i) * Labels;
        const float *prev = cur - Labels;
        for (int b = 0; b < Labels; ++b) {
            float s = 0;
            for (int a = 0; a < Labels; ++a)
                s += prev[a] * m_expTransitions[a * Labels + b];
            cur[b] = s * e[std::size_t(i) * Labels + b];
        }
        normalize(cur);
    }
    for (int b = 0; b < Labels; ++b)
        beta[std::size_t(len - 1) * Labels + b] = 1;
    for (int i = len - 2; i >= 0; --i) {
        float *cur = beta.data() + std::size_t(i) * Labels;
        const float *next = cur + Labels;
        const float *en = e.data() + std::size_t(i + 1) * Labels;
        for (int a = 0; a < Labels; ++a) {
            float s = 0;
            for (int b = 0; b < Labels; ++b)
                s += m_expTransitions[a * Labels + b] * en[b] * next[b];
            cur[a] = s;
        }
        normalize(cur);
    }
    for (int i = 0; i < len; ++i) {
        float total = 0;
        for (int b = 0; b < Labels; ++b)
            total += alpha[std::size_t(i) * Labels + b] * beta[std::size_t(i) * Labels + b];
        const std::size_t c = std::size_t(i) * Labels + labels[i];
        out[i] = total > 0 ? alpha[c] * beta[c] / total : 0.f;
    }
}

void NerModel::decode(const ModelSegment &segment, std::vector<ModelSpan> &out) const
{
    if (!isValid() || segment.count <= 0)
        return;
    const int len = segment.count;
    thread_local std::vector<float> emissions;
    thread_local std::vector<int> labels;
    thread_local std::vector<float> conf;
    emissions.resize(std::size_t(len) * Labels);
    std::array<quint32, MaxFeatures> feats;
    for (int k = 0; k < len; ++k) {
        const int n = features(segment.window, segment.offset + k, feats.data());
        std::array<qint32, Labels> sum{};
        for (int f = 0; f < n; ++f) {
            const qint16 *w = m_weights + std::size_t(feats[f] & m_mask) * Labels;
            for (int l = 0; l < Labels; ++l)
                sum[l] += w[l];
        }
        for (int l = 0; l < Labels; ++l)
            emissions[std::size_t(k) * Labels + l] = float(sum[l]) * m_scale;
    }
    labels.resize(std::size_t(len));
    viterbi(emissions.data(), len, m_transitions.data(), labels.data());
    bool any = false;
    for (int l : labels)
        any = any || l != NerLabel::O;
    if (!any)
        return;
    conf.resize(std::size_t(len));
    confidences(emissions.data(), len, labels.data(), conf.data());
    for (int k = 0; k < len;) {
        if (labels[k] == NerLabel::O) {
            ++k;
            continue;
        }
        ModelSpan span;
        span.type = nerLabelType(labels[k]);
        span.first = segment.first + k;
        float c = conf[k];
        int e = k + 1;
        while (e < len && nerLabelInside(labels[e]) && nerLabelType(labels[e]) == span.type) {
            c = std::min(c, conf[e]);
            ++e;
        }
        span.last = segment.first + e - 1;
        span.confidence = c;
        out.push_back(span);
        k = e;
    }
}

QByteArray NerModel::serialize(const QByteArray &headerJson, int buckets, float scale, float temperature,
                               const std::vector<float> &transitions, const std::vector<qint16> &weights)
{
    QJsonObject header = QJsonDocument::fromJson(headerJson).object();
    header.insert(QStringLiteral("buckets"), buckets);
    header.insert(QStringLiteral("scale"), double(scale));
    header.insert(QStringLiteral("temperature"), double(temperature));
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Indented);
    QByteArray bytes(Magic, sizeof Magic);
    const quint32 headerLength = quint32(json.size());
    char le[4];
    qToLittleEndian(headerLength, le);
    bytes.append(le, 4);
    bytes.append(json);
    // Weights start at an even offset so that they can be read in place.
    while (bytes.size() % 8)
        bytes.append('\n');
    for (float t : transitions) {
        qToLittleEndian(t, le);
        bytes.append(le, 4);
    }
    for (qint16 w : weights) {
        char two[2];
        qToLittleEndian(w, two);
        bytes.append(two, 2);
    }
    return bytes;
}

QString NerModel::load(const QByteArray &bytes)
{
    m_weights = nullptr;
    if (bytes.size() < 12 || std::memcmp(bytes.constData(), Magic, sizeof Magic) != 0)
        return QStringLiteral("not an Annalist entity model");
    const quint32 headerLength = qFromLittleEndian<quint32>(bytes.constData() + 8);
    if (headerLength > quint32(bytes.size()) - 12)
        return QStringLiteral("the model's header is cut short");
    const QByteArray json = bytes.mid(12, headerLength);
    QJsonParseError error;
    const QJsonObject header = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("the model's header is not valid JSON: ") + error.errorString();
    const qint64 buckets = header.value(QStringLiteral("buckets")).toInteger();
    if (buckets <= 0 || (buckets & (buckets - 1)) != 0)
        return QStringLiteral("the model's bucket count is not a power of two");
    qsizetype at = 12 + headerLength;
    while (at % 8)
        ++at;
    const qsizetype transitionBytes = qsizetype(m_transitions.size()) * 4;
    const qsizetype weightBytes = qsizetype(buckets) * Labels * 2;
    if (bytes.size() != at + transitionBytes + weightBytes)
        return QStringLiteral("the model file has the wrong size for its header");
    for (std::size_t k = 0; k < m_transitions.size(); ++k)
        m_transitions[k] = qFromLittleEndian<float>(bytes.constData() + at + qsizetype(k) * 4);
    at += transitionBytes;
    m_scale = float(header.value(QStringLiteral("scale")).toDouble());
    m_temperature = float(header.value(QStringLiteral("temperature")).toDouble(1.0));
    if (!(m_temperature > 0))
        m_temperature = 1;
    for (int a = 0; a <= Labels; ++a)
        for (int b = 0; b < Labels; ++b)
            m_expTransitions[std::size_t(a) * Labels + b] =
                allowed(a, b) ? std::exp(m_transitions[std::size_t(a) * Labels + b] / m_temperature) : 0.f;
    m_header = QString::fromUtf8(json);
    m_mask = quint32(buckets - 1);
    if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
        m_bytes = bytes; // shares the caller's bytes
        m_weights = reinterpret_cast<const qint16 *>(m_bytes.constData() + at);
    } else {
        m_bytes = QByteArray(weightBytes, Qt::Uninitialized);
        qFromLittleEndian<qint16>(bytes.constData() + at, buckets * Labels, m_bytes.data());
        m_weights = reinterpret_cast<const qint16 *>(m_bytes.constData());
    }
    return {};
}

QString NerModel::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    return load(file.readAll());
}

namespace {
struct ShippedModel {
    NerModel model;
    ShippedModel()
    {
        // Compiled in without compression, so the weights are read where they lie.
        const QResource resource(QStringLiteral(":/annalist/ner/model.bin"));
        const QString problem = resource.isValid() && resource.compressionAlgorithm() == QResource::NoCompression
            ? model.load(QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), resource.size()))
            : QStringLiteral("the model is not in the program's resources");
        if (!problem.isEmpty())
            qCWarning(lcNerModel) << "learned entity model not loaded:" << problem;
    }
};
Q_GLOBAL_STATIC(ShippedModel, shippedModel)
} // namespace

const NerModel *NerModel::shipped()
{
    const NerModel &m = shippedModel()->model;
    return m.isValid() ? &m : nullptr;
}

} // namespace Annalist
