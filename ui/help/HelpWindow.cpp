#include "HelpWindow.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace chitieu::ui {

HelpWindow::HelpWindow(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setWindowTitle(tr("User guide"));
    m_browser = new QTextBrowser;
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(guideUrl(defaultLanguage()), QTextDocument::MarkdownResource);

    auto* back = new QPushButton(tr("&Back"));
    auto* home = new QPushButton(tr("&Contents"));
    auto* other = new QPushButton(defaultLanguage() == QLatin1String("vi") ? QStringLiteral("English")
                                                                           : QStringLiteral("Tiếng Việt"));
    other->setObjectName(QStringLiteral("otherLanguage"));
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(home, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    connect(other, &QPushButton::clicked, this, [this] {
        const bool vi = m_browser->source().path().contains(QLatin1String("/vi/"));
        m_browser->setSource(guideUrl(vi ? QStringLiteral("en") : QStringLiteral("vi")),
                             QTextDocument::MarkdownResource);
    });

    auto* bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addWidget(home);
    bar->addStretch(1);
    bar->addWidget(other);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    resize(1000, 700);
}

QUrl HelpWindow::guideUrl(const QString& language)
{
    return QUrl(QStringLiteral("qrc:/chitieu/guide/%1/guide.md").arg(language));
}

QString HelpWindow::defaultLanguage()
{
    return QLocale().language() == QLocale::Vietnamese ? QStringLiteral("vi") : QStringLiteral("en");
}

} // namespace chitieu::ui
