// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exportdialog.h"

#include "export/exporter.h"
#include "export/exportwriter.h"
#include "settings.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Annalist {

namespace {

// A preview longer than this is cut: it is for looking, the file gets everything.
constexpr qsizetype maxPreviewChars = 200000;

} // namespace

ExportDialog::ExportDialog(const QList<ExportDocument> &documents, qsizetype current, const EntityPalette &palette,
                           QWidget *parent)
    : QDialog(parent)
    , m_documents(documents)
    , m_current(std::clamp<qsizetype>(current, 0, std::max<qsizetype>(0, documents.size() - 1)))
    , m_palette(palette)
{
    setWindowTitle(tr("Export"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    for (const Exporter *e : Exporter::all())
        m_format->addItem(e->description(), e->name());
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->addItem(tr("This article"));
    m_scope->addItem(tr("All open articles (%n)", nullptr, int(documents.size())));
    m_scope->setEnabled(documents.size() > 1);

    m_destination = new QLineEdit(this);
    m_destination->setObjectName(QStringLiteral("destination"));
    // A row that is a layout gets no buddy from QFormLayout: without one the
    // label would show its '&' instead of underlining the letter.
    auto *destinationLabel = new QLabel(tr("&Destination:"), this);
    destinationLabel->setBuddy(m_destination);
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(browse);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_theme = m_repository.theme(palette.themeName).isValid()
        ? m_repository.theme(palette.themeName)
        : m_repository.defaultTheme(palette.dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                 : KSyntaxHighlighting::Repository::LightTheme);
    QPalette previewPalette = m_preview->palette();
    previewPalette.setColor(QPalette::Base, palette.background);
    previewPalette.setColor(QPalette::Text, palette.foreground);
    m_preview->setPalette(previewPalette);

    m_picture = new QLabel(this);
    m_picture->setObjectName(QStringLiteral("picture"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_previewStack = new QStackedWidget(this);
    m_previewStack->addWidget(m_preview);
    m_previewStack->addWidget(m_picture);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(destinationLabel, destinationRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(m_previewStack, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(820, 640);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (exportNow())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The last export's format and folder, when that folder is still there.
    const Settings settings;
    const QString folder = settings.exportFolder();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        m_rememberedFolder = folder;
    {
        const QSignalBlocker blocker(m_format);
        const int remembered = m_format->findData(settings.exportFormat());
        if (remembered >= 0)
            m_format->setCurrentIndex(remembered);
    }
    m_destination->setText(defaultDestination());
    m_previousSuffix = currentExporter() ? currentExporter()->fileSuffix() : QString();
    updatePreview();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setFormat(const QString &name)
{
    const int i = m_format->findData(name);
    if (i >= 0)
        m_format->setCurrentIndex(i);
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

void ExportDialog::setScope(Scope scope)
{
    m_scope->setCurrentIndex(scope == Scope::AllArticles && m_documents.size() > 1 ? 1 : 0);
}

ExportDialog::Scope ExportDialog::scope() const
{
    return m_scope->currentIndex() == 1 ? Scope::AllArticles : Scope::CurrentArticle;
}

void ExportDialog::setDestination(const QString &path)
{
    m_destination->setText(path);
}

QString ExportDialog::destination() const
{
    return m_destination->text().trimmed();
}

QString ExportDialog::previewText() const
{
    return isShowingPicture() ? QString() : m_preview->toPlainText();
}

QString ExportDialog::previewSyntax() const
{
    return m_highlighter && m_highlighter->definition().isValid() ? m_highlighter->definition().name()
                                                                  : QString();
}

bool ExportDialog::isShowingPicture() const
{
    return m_previewStack->currentWidget() == m_picture;
}

QString ExportDialog::message() const
{
    return m_message->text();
}

QList<ExportDocument> ExportDialog::selectedDocuments() const
{
    if (m_documents.isEmpty())
        return {};
    if (scope() == Scope::AllArticles)
        return m_documents;
    return {m_documents.at(m_current)};
}

const Exporter *ExportDialog::currentExporter() const
{
    return Exporter::forName(format());
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.palette = m_palette;
    return o;
}

QString ExportDialog::defaultDestination() const
{
    const Exporter *e = currentExporter();
    if (!e || m_documents.isEmpty())
        return QString();
    const QFileInfo article(m_documents.at(m_current).article.path);
    const QString folder = !m_rememberedFolder.isEmpty() ? m_rememberedFolder
        : article.path().isEmpty() || m_documents.at(m_current).article.path.isEmpty()
        ? QDir::homePath()
        : article.absolutePath();
    const QString base = article.completeBaseName().isEmpty() ? QStringLiteral("timeline") : article.completeBaseName();
    // brat writes a .txt beside the .ann: a folder of its own keeps it away from the article.
    if (e->writesNamedFiles())
        return QDir(folder).filePath(base + QStringLiteral("-brat/"));
    return QDir(folder).filePath(base + u'.' + e->fileSuffix());
}

void ExportDialog::formatChanged()
{
    const Exporter *e = currentExporter();
    if (!e)
        return;
    // Follow the format in the destination's suffix, unless the person chose another name.
    const QString dest = destination();
    if (dest.isEmpty() || dest.endsWith(QStringLiteral("-brat/")) || dest.endsWith(u'.' + m_previousSuffix)) {
        if (dest.isEmpty() || e->writesNamedFiles() || dest.endsWith(QStringLiteral("-brat/")))
            m_destination->setText(defaultDestination());
        else
            m_destination->setText(dest.left(dest.size() - m_previousSuffix.size()) + e->fileSuffix());
    }
    m_previousSuffix = e->fileSuffix();
    updatePreview();
}

void ExportDialog::updatePreview()
{
    const Exporter *e = currentExporter();
    m_message->clear();
    if (!e)
        return;
    const ExportOutput out = e->run(selectedDocuments(), options());
    if (!out.ok()) {
        m_message->setText(out.error);
        return;
    }
    if (!out.warnings.isEmpty())
        m_message->setText(out.warnings.join(u'\n'));
    if (!e->isText()) {
        QPixmap pixmap;
        pixmap.loadFromData(out.files.value(0).data);
        m_picture->setPixmap(pixmap.scaled(QSize(760, 430), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_previewStack->setCurrentWidget(m_picture);
        return;
    }
    // For a set of files (brat), the annotations are what is worth seeing.
    ExportFile shown = out.files.value(0);
    for (const ExportFile &f : out.files) {
        if (f.name.endsWith(QStringLiteral(".ann")))
            shown = f;
    }
    const QString suffix = shown.name.isEmpty() ? e->fileSuffix() : QFileInfo(shown.name).suffix();
    QString text = QString::fromUtf8(shown.data);
    if (text.size() > maxPreviewChars) {
        text.truncate(maxPreviewChars);
        text += u'\n' + tr("… (preview cut; the file holds everything)");
    }
    showPreviewText(text, suffix);
    m_previewStack->setCurrentWidget(m_preview);
}

void ExportDialog::showPreviewText(const QString &text, const QString &suffix)
{
    // A highlighter queues the rehighlighting of the block after one whose
    // state changed, holding that QTextBlock; setPlainText() frees the
    // blocks, and the queued call would then use a dangling one. Deleting
    // the highlighter first drops what it queued; a new one highlights the
    // new text.
    delete m_highlighter;
    m_highlighter = nullptr;
    m_preview->setPlainText(text);
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_preview->document());
    m_highlighter->setTheme(m_theme);
    m_highlighter->setDefinition(m_repository.definitionForFileName(QStringLiteral("preview.") + suffix));
}

void ExportDialog::browse()
{
    const Exporter *e = currentExporter();
    if (!e)
        return;
    QString chosen;
    if (e->writesNamedFiles()) {
        chosen = QFileDialog::getExistingDirectory(this, tr("Export into folder"), QFileInfo(destination()).path());
    } else {
        chosen = QFileDialog::getSaveFileName(this, tr("Export to"), destination(),
                                              e->description() + QStringLiteral(" (*.") + e->fileSuffix() + u')');
    }
    if (!chosen.isEmpty())
        m_destination->setText(chosen);
}

bool ExportDialog::exportNow()
{
    m_written.clear();
    const Exporter *e = currentExporter();
    const QList<ExportDocument> documents = selectedDocuments();
    if (!e || documents.isEmpty()) {
        m_message->setText(tr("There is nothing to export."));
        return false;
    }
    if (destination().isEmpty()) {
        m_message->setText(tr("Choose where to write the export."));
        return false;
    }
    const ExportDestination target = resolveDestination(*e, documents.size(), destination());
    ExportOptions o = options();
    o.baseName = target.baseName;
    o.outputDirectory = target.file.isEmpty() ? target.directory : QFileInfo(target.file).absolutePath();
    const ExportOutput out = e->run(documents, o);
    QStringList articles;
    for (const ExportDocument &d : documents) {
        if (!d.article.path.isEmpty())
            articles << d.article.path;
    }
    const ExportWriteResult result = writeExport(out, target, articles);
    if (!result.ok()) {
        m_message->setText(result.message);
        return false;
    }
    m_written = result.written;
    m_message->setText(tr("Written: %1").arg(m_written.join(QStringLiteral(", "))));
    Settings settings;
    settings.setExportFormat(e->name());
    // A set of files (brat) goes in a folder of its own: the next one goes beside it.
    settings.setExportFolder(target.file.isEmpty()
            ? QFileInfo(QDir::cleanPath(target.directory)).absolutePath()
            : QFileInfo(target.file).absolutePath());
    return true;
}

void ExportDialog::announceWritten(QStatusBar *bar, const QStringList &files)
{
    if (!bar || files.isEmpty())
        return;
    const QString folder = QFileInfo(files.first()).absolutePath();
    auto *open = bar->findChild<QToolButton *>(QStringLiteral("openExportFolder"));
    if (!open) {
        open = new QToolButton(bar);
        open->setObjectName(QStringLiteral("openExportFolder"));
        open->setIcon(QIcon::fromTheme(QStringLiteral("document-open-folder")));
        open->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        open->setAutoRaise(true);
        open->setText(tr("Open Folder"));
        // Beside the message, and gone with it.
        bar->insertPermanentWidget(0, open);
        QObject::connect(bar, &QStatusBar::messageChanged, open, [open](const QString &message) {
            if (message != open->property("announcement").toString())
                open->hide();
        });
        QObject::connect(open, &QToolButton::clicked, open,
            [open] { QDesktopServices::openUrl(QUrl::fromLocalFile(open->property("folder").toString())); });
    }
    open->setProperty("folder", folder);
    open->setToolTip(tr("Show %1 in the file manager").arg(folder));
    const QString message = files.size() == 1
        ? tr("Exported to %1").arg(QDir::toNativeSeparators(files.first()))
        : tr("Exported %n files to %1", nullptr, int(files.size())).arg(QDir::toNativeSeparators(folder));
    open->setProperty("announcement", message);
    bar->showMessage(message, 15000);
    open->show();
}

} // namespace Annalist
