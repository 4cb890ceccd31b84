#include "AboutDialog.h"

#include "chitieu/Version.h"
#include "core/catalogue/Catalogue.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace chitieu::ui {

AboutDialog::AboutDialog(const Catalogue& catalogue, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Chỉ Tiêu Trẻ Em"));

    const QString html =
        QStringLiteral("<h3>Chỉ Tiêu Trẻ Em %1</h3>").arg(QStringLiteral(CHITIEU_VERSION)) +
        tr("<p>Child-protection targets, 2021–2025: communes enter their yearly counts, districts and the "
           "province consolidate them, and every rate is computed against the plan's target.</p>") +
        tr("<p><b>Plan:</b> %1 (%2, catalogue %3 version %4).</p>")
            .arg(catalogue.name.text().toHtmlEscaped(), catalogue.issuer.text().toHtmlEscaped(),
                 catalogue.id.toHtmlEscaped(), catalogue.version.toHtmlEscaped()) +
        tr("<p><b>Licence:</b> GNU General Public License, version 3 or later (GPL-3.0-or-later). "
           "This program comes with no warranty; you may share and change it under the terms of "
           "<a href=\"%1\">the licence</a>.</p>")
            .arg(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")) +
        tr("<p>Built with Qt %1.</p>").arg(QString::fromLatin1(qVersion()));

    auto* icon = new QLabel;
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    m_text = new QLabel(html);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setMinimumWidth(460);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString AboutDialog::text() const
{
    return m_text->text();
}

} // namespace chitieu::ui
