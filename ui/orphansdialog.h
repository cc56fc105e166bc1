// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;

namespace Annalist {

class AnnotatedDocument;
class ArticleView;
class DocumentTab;

/// The annotations of one article that could not be placed in its text,
/// each with the reason, in a window that stays open beside the article
/// (not modal): the reader selects words in the article, then places one of
/// them on the selection or discards it. The list follows the document as it
/// changes; the window deletes itself when closed and closes when the
/// article's tab goes.
class OrphansDialog : public QDialog
{
    Q_OBJECT
public:
    /// tab must have its annotated document (its analysis has finished).
    explicit OrphansDialog(DocumentTab *tab, QWidget *parent = nullptr);

    /// The article whose annotations are listed; null once its tab is gone.
    DocumentTab *tab() const { return m_tab; }

private:
    void fill();
    void updateButtons();

    QPointer<DocumentTab> m_tab;
    QPointer<AnnotatedDocument> m_document;
    QPointer<ArticleView> m_view;
    QLabel *m_intro = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_place = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace Annalist
