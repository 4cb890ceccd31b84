// The floor of the PDF figure: Qt's own PDF writer drawing a report's text, line by line at
// fixed places, with no layout at all: the same lines (pdftotext -layout of the report), on
// the same number of A4 pages, in the six faces the report embeds, a rule under each line
// for the tables' lines. What any PDF drawn through Qt costs on this machine.
// Usage: pdf_floor TEXT PAGES OUT.pdf
#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>
#include <cstdio>

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QFile in(args.value(1));
    const int pages = args.value(2).toInt();
    if (args.size() != 4 || pages < 1 || !in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "usage: pdf_floor TEXT PAGES OUT.pdf (TEXT readable, PAGES 1 or more)\n");
        return 2;
    }
    const QStringList lines = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        writer.setPageMargins(QMarginsF(30, 10, 15, 20), QPageLayout::Millimeter);
        QList<QFont> faces;
        for (const QString& family : {QStringLiteral("Liberation Serif"), QStringLiteral("Liberation Sans")})
            for (const bool italic : {false, true})
                for (const bool bold : {false, true}) {
                    if (italic && family.contains(QLatin1String("Sans")))
                        continue;
                    QFont face;
                    face.setFamilies({family});
                    face.setPointSizeF(13);
                    face.setBold(bold);
                    face.setItalic(italic);
                    faces << face;
                }
        QPainter painter(&writer);
        const qsizetype perPage = (lines.size() + pages - 1) / pages;
        const double step = writer.height() / double(perPage + 1);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const qsizetype onPage = i % perPage;
            if (i > 0 && onPage == 0)
                writer.newPage();
            const double y = step * double(onPage + 1);
            painter.setFont(faces[i % faces.size()]);
            painter.drawText(QPointF(0, y), lines[i].simplified());
            painter.drawLine(QPointF(0, y + step / 4), QPointF(writer.width(), y + step / 4));
        }
    }
    QFile out(args.value(3));
    if (!out.open(QIODevice::WriteOnly) || out.write(buffer.data()) != buffer.size()) {
        std::fprintf(stderr, "pdf_floor: cannot write %s\n", qPrintable(args.value(3)));
        return 1;
    }
    return 0;
}
