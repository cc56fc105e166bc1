// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Helper for crashsave_test: saves the annotations of the article given on the
// command line over and over through AnnotationSession, the way the window
// does, alternating between two complete versions whose single note is
// "A" × noteLength('A') or "B" × noteLength('B'). Prints one line per save
// (after a first line "ready" once the article and its sidecar are open) and
// never stops by itself: the test kills it with SIGKILL.

#include "annotations/annotateddocument.h"
#include "storage/annotationsession.h"
#include "../annotations/testdocument.h"
#include "savechild.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>

#include <cstdio>

using namespace Annalist;
using namespace Annalist::Testing;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc != 2) {
        std::fprintf(stderr, "usage: savechild ARTICLE\n");
        return 2;
    }
    const QString path = QFile::decodeName(argv[1]);
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text, path), sampleAnalysis(text));
    AnnotationSession session(&doc);
    session.open();
    // A killed predecessor left the tag (and one of the notes) in the file.
    const TextRange bergen = find(text, QStringLiteral("Bergen"));
    if (doc.userEntities().isEmpty() && !doc.tagRange(bergen, QStringLiteral("PORT")))
        return 3;
    std::printf("ready\n");
    std::fflush(stdout);
    for (;;) {
        const QString current = doc.userEntities().isEmpty() ? QString() : doc.userEntities().first().note;
        const char version = current == SaveChild::note('A') ? 'B' : 'A';
        if (!doc.setEntityNote(bergen, SaveChild::note(version)) || !session.save()) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(session.message()));
            return 4;
        }
        std::printf("%c\n", version);
        std::fflush(stdout);
    }
}
