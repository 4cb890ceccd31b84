#pragma once
// The user guide, offline: the Markdown of docs/guide/<language>/guide.md with its
// screenshots, shipped inside the program (a Qt resource) and shown in a browser window.
// Vietnamese when the program speaks Vietnamese, English otherwise.

#include <QWidget>

class QTextBrowser;

namespace chitieu::ui {

class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // The guide's address for a language ("vi", "en"): qrc:/chitieu/guide/vi/guide.md.
    static QUrl guideUrl(const QString& language);
    // The language of the guide shown by default: the program's.
    static QString defaultLanguage();

    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace chitieu::ui
