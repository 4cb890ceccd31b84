#include "Pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <algorithm>
#include <iterator>
#include <map>
#include <set>

namespace chitieu::render {

namespace {

struct TableRows
{
    double top = 0;
    double headerBottom = 0; // == top when the table has no header row
    double bottom = 0;
};

struct Breaks
{
    std::map<double, bool> allowed; // a page may end here; true: on a table's border
    std::set<double> forced;        // a page must end here (page-break-before / after)
    QList<TableRows> tables;
};

void collect(QTextDocument& doc, QTextFrame* frame, Breaks& out);

// Between each two rows: halfway between the text of the row above and of the row below,
// which is where their shared border runs (the cells' padding is the same above and below).
void collectTable(QTextDocument& doc, QTextTable* table, Breaks& out)
{
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    const QRectF box = layout->frameBoundingRect(table);
    QList<double> rowTop(table->rows(), box.bottom());
    QList<double> rowBottom(table->rows(), box.top());
    for (int r = 0; r < table->rows(); ++r)
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            // Spanned from above: the same cell as the row above's. (Compared by position:
            // QTextTableCell::row() searches the table, and the annexes have thousands of cells.)
            if (r > 0 && table->cellAt(r - 1, c).firstPosition() == cell.firstPosition())
                continue;
            for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                QRectF rect;
                if (QTextFrame* inner = it.currentFrame())
                    rect = layout->frameBoundingRect(inner);
                else
                    rect = layout->blockBoundingRect(it.currentBlock());
                rowTop[r] = std::min(rowTop[r], rect.top());
                rowBottom[r] = std::max(rowBottom[r], rect.bottom());
            }
        }
    TableRows rows{box.top(), box.top(), box.bottom()};
    for (int r = 1; r < table->rows(); ++r) {
        const double cut = (rowBottom[r - 1] + rowTop[r]) / 2;
        out.allowed[cut] = true;
        if (r == table->format().headerRowCount())
            rows.headerBottom = cut;
    }
    out.allowed.emplace(box.top(), false);
    out.allowed.emplace(box.bottom(), false);
    out.tables << rows;
}

void collectBlock(QTextDocument& doc, const QTextBlock& block, Breaks& out)
{
    const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
    const auto policy = block.blockFormat().pageBreakPolicy();
    if (policy & QTextFormat::PageBreak_AlwaysBefore)
        out.forced.insert(rect.top());
    if (policy & QTextFormat::PageBreak_AlwaysAfter)
        out.forced.insert(rect.bottom());
    out.allowed.emplace(rect.top(), false);
    out.allowed.emplace(rect.bottom(), false);
    if (block.blockFormat().nonBreakableLines())
        return;
    const QTextLayout* lines = block.layout();
    for (int i = 1; i < lines->lineCount(); ++i)
        out.allowed.emplace(rect.top() + lines->lineAt(i).y(), false);
}

void collect(QTextDocument& doc, QTextFrame* frame, Breaks& out)
{
    for (QTextFrame::iterator it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextFrame* inner = it.currentFrame()) {
            if (auto* table = qobject_cast<QTextTable*>(inner))
                collectTable(doc, table, out);
            else
                collect(doc, inner, out);
        } else {
            collectBlock(doc, it.currentBlock(), out);
        }
    }
}

// The table a page starting at `y` continues (y inside its body, below its header).
const TableRows* continuedTable(const QList<TableRows>& tables, double y)
{
    for (const TableRows& t : tables)
        if (t.headerBottom > t.top && y >= t.headerBottom + 0.5 && y < t.bottom - 0.5)
            return &t;
    return nullptr;
}

} // namespace

QList<PageCut> paginate(QTextDocument& doc, double pageHeight, double borderWidth)
{
    Breaks breaks;
    collect(doc, doc.rootFrame(), breaks);
    const double end = doc.documentLayout()->documentSize().height();
    // Inside a table, only its row boundaries: not the lines of the paragraphs in its cells.
    for (auto it = breaks.allowed.begin(); it != breaks.allowed.end();) {
        const double y = it->first;
        const bool insideTable =
            !it->second && std::any_of(breaks.tables.cbegin(), breaks.tables.cend(),
                                       [y](const TableRows& t) { return y > t.top + 0.5 && y < t.bottom - 0.5; });
        it = insideTable ? breaks.allowed.erase(it) : std::next(it);
    }
    QList<PageCut> pages;
    double pos = 0;
    bool startsOnBorder = false;
    while (pos < end - 0.5) {
        PageCut page;
        double room = pageHeight;
        if (const TableRows* t = continuedTable(breaks.tables, pos)) {
            page.header = Slice{t->top, t->headerBottom};
            room -= page.header->height();
        }
        const double limit = pos + room;
        double cut = limit;
        bool onBorder = false;
        const auto forced = breaks.forced.upper_bound(pos + 0.5);
        if (forced != breaks.forced.end() && *forced <= limit) {
            cut = *forced;
        } else if (limit < end) {
            // The lowest harmless cut that still fits; none fits only when one line or row is
            // taller than a page, which is then cut where the page ends.
            auto it = breaks.allowed.upper_bound(limit);
            if (it != breaks.allowed.begin() && std::prev(it)->first > pos + 0.5) {
                cut = std::prev(it)->first;
                onBorder = std::prev(it)->second;
            }
        } else {
            cut = end;
        }
        const double bleed = borderWidth;
        page.body = Slice{pos, cut, startsOnBorder ? bleed : 0, onBorder ? bleed : 0};
        if (page.header)
            page.header->bleedTop = page.header->bleedBottom = bleed;
        pages << page;
        pos = cut;
        startsOnBorder = onBorder;
    }
    if (pages.isEmpty())
        pages << PageCut{std::nullopt, Slice{0, 0}};
    return pages;
}

} // namespace chitieu::render
