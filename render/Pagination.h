#pragma once
// Where the pages of a report end. The document is laid out as one long page, then cut only
// where a cut is harmless: between lines of a paragraph, between blocks, between the rows of
// a table (never inside a row: a measure's figures stay on one page, a "%" never goes alone
// to the next page), and at the document's own page breaks (the annexes). A page that starts
// inside a table repeats the table's header row. A single line or row taller than a page is
// the only thing ever cut.

#include <QList>
#include <optional>

class QTextDocument;

namespace chitieu::render {

struct Slice
{
    double top = 0; // document coordinates (the document laid out without pages)
    double bottom = 0;
    // Drawn beyond the slice: a table's border that runs along a cut shows on both pages.
    double bleedTop = 0;
    double bleedBottom = 0;
    double height() const { return bottom - top; }
};

struct PageCut
{
    std::optional<Slice> header; // the header row of the table this page continues
    Slice body;
};

// `document` must be laid out without pages (a text width, no page height). `borderWidth`:
// a table border's width in the document's units.
QList<PageCut> paginate(QTextDocument& document, double pageHeight, double borderWidth);

} // namespace chitieu::render
