// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLineEdit;
class QLabel;
class QToolButton;

namespace Annalist {

class ArticleView;

/// Search in the article: every match highlighted, F3 / Shift+F3 to step.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(ArticleView *view, QWidget *parent = nullptr);

    /// Shows the bar and puts the focus in its field, seeded with the selection.
    void activate();
    void findNext();
    void findPrevious();
    QLineEdit *lineEdit() const { return m_edit; }
    QString statusText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void search();
    void updateStatus();
    void close();

    ArticleView *m_view;
    QLineEdit *m_edit;
    QLabel *m_status;
};

} // namespace Annalist
