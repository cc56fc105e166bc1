// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "export/exportdocument.h"
#include "theme/entitypalette.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QStatusBar;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Annalist {

class Exporter;

/// File → Export…: a format, a scope (this article or all open ones), a
/// destination, and a live preview of what will be written: text formats
/// highlighted with KSyntaxHighlighting, pictures shown scaled down. Export
/// writes atomically; a failure is shown in the dialog, which stays open.
/// The format and folder of the last successful export are remembered
/// (Settings) and offered the next time.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { CurrentArticle, AllArticles };

    /// documents are the open articles; current is the one being read.
    ExportDialog(const QList<ExportDocument> &documents, qsizetype current, const EntityPalette &palette,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFormat(const QString &name);
    QString format() const;
    void setScope(Scope scope);
    Scope scope() const;
    void setDestination(const QString &path);
    QString destination() const;

    /// The text shown in the preview ("" for pictures).
    QString previewText() const;
    /// The name of the syntax definition highlighting the preview, "" when none.
    QString previewSyntax() const;
    bool isShowingPicture() const;
    /// The last failure or warning shown, "" when there is none.
    QString message() const;
    /// The files the last successful export wrote.
    QStringList writtenFiles() const { return m_written; }

    /// Exports with the current choices. Returns false, and shows why, when
    /// nothing could be written.
    bool exportNow();

    /// Tells in bar that files were written: their path, for a while, with
    /// an "Open Folder" button beside it that shows the folder holding them.
    static void announceWritten(QStatusBar *bar, const QStringList &files);

private:
    QList<ExportDocument> selectedDocuments() const;
    const Exporter *currentExporter() const;
    ExportOptions options() const;
    void updatePreview();
    void showPreviewText(const QString &text, const QString &suffix);
    void formatChanged();
    void browse();
    QString defaultDestination() const;

    QList<ExportDocument> m_documents;
    qsizetype m_current = 0;
    EntityPalette m_palette;
    KSyntaxHighlighting::Repository m_repository;
    KSyntaxHighlighting::Theme m_theme;
    /// Made anew for each preview text: see showPreviewText().
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QString m_rememberedFolder; ///< of the last export; "" when none or it is gone
    QString m_previousSuffix;
    QStringList m_written;

    QComboBox *m_format = nullptr;
    QComboBox *m_scope = nullptr;
    QLineEdit *m_destination = nullptr;
    QStackedWidget *m_previewStack = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_picture = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Annalist
