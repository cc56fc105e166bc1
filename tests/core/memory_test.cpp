// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What a long article costs in memory at its largest moment: the peak
// resident size of this process while one step runs, against what the step
// makes. No times are measured. A case checks first that nothing before it
// in the process reached a higher peak, which would hide the one measured.

#include "recognize/tokenizer.h"
#include "util/allocator.h"

#include <QFile>
#include <QTest>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <sys/resource.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Annalist;
using namespace Qt::StringLiterals;

namespace {

/// The peak resident size of this process so far, in bytes.
qint64 peakMemory()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

/// The resident size of this process now, in bytes (0 where /proc has none).
qint64 currentMemory()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

/// About `chars` characters of invented prose: words of five letters or so,
/// as news has them.
QString prose(qsizetype chars)
{
    const QString sentence = u"The council of Varnholt met on Tuesday and agreed to open the new harbour "
                             u"bridge, said Ilse Marrow, who chairs its works committee. "_s;
    QString text;
    text.reserve(chars + sentence.size());
    while (text.size() < chars)
        text += sentence;
    return text;
}

} // namespace

class MemoryTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokenize_longText_holdsOneListOfWords();
    void tuneAllocator_largeBlocks_getMappingsOfTheirOwn();
    void tuneAllocator_command_reusesTheHeap();
};

void MemoryTest::tokenize_longText_holdsOneListOfWords()
{
    if (currentMemory() == 0)
        QSKIP("no /proc/self/statm here");
    const QString text = prose(8 * 1024 * 1024);
    // Nothing before has been larger than now, or the growth below would be hidden.
    const qint64 now = currentMemory();
    QVERIFY2(peakMemory() < now + 4 * 1024 * 1024,
             qPrintable(u"peak %1 bytes before the step, %2 now"_s.arg(peakMemory()).arg(now)));
    const qint64 before = std::max(peakMemory(), now);
    const QList<Word> words = tokenize(text);
    const qint64 grown = peakMemory() - before;
    const qint64 list = words.size() * qint64(sizeof(Word));
    QVERIFY(words.size() > 1000000);
    // The words themselves, and a little over: not a second list beside them
    // (nor the room reserved for a guess of their count, where it is over).
    QVERIFY2(grown < list + list / 4 + 2 * 1024 * 1024,
             qPrintable(u"the peak grew by %1 bytes for %2 bytes of words"_s.arg(grown).arg(list)));
}

void MemoryTest::tuneAllocator_largeBlocks_getMappingsOfTheirOwn()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer replaces glibc's allocator, which mallopt() tunes");
#elif defined(__GLIBC__)
    tuneAllocator(AllocatorUse::Window);
    // Left alone, glibc raises its threshold for a mapping of its own to the
    // size of each such block freed: after a megabyte, a block of 300 KB
    // would go into the heap, and stay resident there once freed.
    void *large = std::malloc(1024 * 1024);
    QVERIFY(large);
    std::free(large);
    const std::size_t mappedBefore = mallinfo2().hblks;
    void *block = std::malloc(300 * 1024);
    QVERIFY(block);
    const std::size_t mappedAfter = mallinfo2().hblks;
    std::free(block);
    QCOMPARE(mappedAfter, mappedBefore + 1);
#else
    QSKIP("the allocator is tuned for glibc only");
#endif
}

// A command's blocks of a few megabytes come from the heap, and one freed
// is where the next of its size goes: no mapping of its own, whose pages
// would all be touched afresh.
void MemoryTest::tuneAllocator_command_reusesTheHeap()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer replaces glibc's allocator, which mallopt() tunes");
#elif defined(__GLIBC__)
    tuneAllocator(AllocatorUse::Command);
    const std::size_t mappedBefore = mallinfo2().hblks;
    void *first = std::malloc(4 * 1024 * 1024);
    QVERIFY(first);
    QCOMPARE(mallinfo2().hblks, mappedBefore);
    std::memset(first, 1, 4 * 1024 * 1024);
    const auto firstAt = reinterpret_cast<std::uintptr_t>(first); // (read before it is freed)
    std::free(first);
    void *second = std::malloc(4 * 1024 * 1024);
    QVERIFY(second);
    QCOMPARE(reinterpret_cast<std::uintptr_t>(second), firstAt);
    std::free(second);
    tuneAllocator(AllocatorUse::Window); // as the other tests expect
#else
    QSKIP("the allocator is tuned for glibc only");
#endif
}

QTEST_GUILESS_MAIN(MemoryTest)
#include "memory_test.moc"
