#pragma once
// A safety net under the compiled translations: finds a translation by its English source
// text alone, whatever the context. lupdate files a tr() call made through a helper function
// under the enclosing class or namespace, which may not be the context the helper passes at
// run time; the exact lookup then misses, and this one still finds the text. Sources that
// are translated differently in different contexts are left out, so it never guesses.

#include <QHash>
#include <QTranslator>

namespace chitieu::i18n
{

class SourceTextTranslator : public QTranslator
{
    Q_OBJECT
public:
    using QTranslator::QTranslator;

    // Reads the finished, singular entries of a Qt Linguist .ts file. False when the file
    // cannot be read or is not a .ts file.
    bool loadTs(const QString& path);

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return m_bySource.isEmpty(); }

private:
    QHash<QString, QString> m_bySource; // source + '\x1f' + disambiguation -> translation
};

} // namespace chitieu::i18n
