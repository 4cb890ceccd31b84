#pragma once
// The Reports screen: choose the annual report or a review, the unit, the year, one of this
// installation's deliverables (its sections and what it consolidates go into the document),
// whether small numbers are protected and whether forms not yet complete are counted; change
// the document's details (number, date, recipients, issuing body, signer); look at the
// charts; preview and print the document; save it as PDF, Excel or CSV (a deliverable's
// document saved counts as sent), and any chart as PNG.
//
// Everything that asks the user (file names, printer, preview window, errors) goes through
// a virtual hook, so a test drives the screen without real dialogs.

#include "ReportJob.h"
#include "core/report/ReportModel.h"
#include "core/report/ReviewModel.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPagedPaintDevice;
class QPrintPreviewDialog;
class QPrinter;
class QProgressDialog;
class QPushButton;

namespace chitieu {
class Workspace;
}

namespace chitieu::ui {

class ChartPanel;

class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Annual, MidTerm, Final };

    explicit ReportsPage(Workspace& workspace, QWidget* parent = nullptr);
    ~ReportsPage() override;

    void setUnit(const QString& code);
    void setYear(int year);
    void setKind(Kind kind);
    void setProtectSmallNumbers(bool on);
    void setIncludeInProgress(bool on);        // count forms not yet complete too (the report says so)
    void setAgency(const QString& agencyCode); // empty: every agency
    bool setDeliverable(const QString& id);    // empty: the figures alone; false when not offered
    QString deliverable() const;
    // The document's details as the user set them (the dialog's result); they last until the
    // kind, unit, year or deliverable changes.
    void setHeader(const OfficialHeader& header);
    bool editDetails(); // the button's action
    QString unit() const;
    QComboBox* unitBox() const { return m_unit; }
    int year() const;
    Kind kind() const;

    // Reads the database again and rebuilds the document and the charts.
    void refresh();
    // The data changed: rebuild now when on screen, else when next shown or used (building
    // the reports reads every year, too much to do for each edit made on another tab).
    void markStale();
    bool isStale() const { return m_stale; }
    const AnnualReport* annual() const { return m_annual.get(); } // the year's (for a review: its last year)
    const ReviewReport* review() const;                           // set when the document is a review
    QString summary() const;                                      // the line above the charts

    // The document on a printer or PDF writer: what the preview, printing and PDF show.
    // Returns the number of pages, 0 after an error (shown through showError).
    int renderTo(QPagedPaintDevice& device);

    // The buttons' actions. The save actions return false when cancelled or refused.
    void preview();
    void print();
    bool savePdf();
    bool saveXlsx();
    bool saveCsv();
    bool saveChartPng();

    ChartPanel* charts() const { return m_charts; }

signals:
    void documentChanged();
    void documentSaved(); // a deliverable's document was saved: it counts as sent

protected:
    void showEvent(QShowEvent* event) override;
    // An empty name cancels.
    virtual QString askSaveFileName(const QString& caption, const QString& suggestedName, const QString& filter);
    virtual void runPreview(QPrintPreviewDialog& dialog); // exec()
    virtual bool askPrinter(QPrinter& printer);           // the print dialog
    virtual void showError(const QString& message);
    // The document details dialog: false when cancelled.
    virtual bool askDetails(OfficialHeader& header);
    // After a file is saved: where it went, with a button that opens its folder.
    virtual void showSaved(const QString& path);
    // While a file is saved: a window-modal progress with Cancel (so the choices cannot change
    // meanwhile); a test may cancel through `progress`.
    virtual void watchProgress(TaskProgress& progress, int done, int total, const QString& step);

public:
    // The name suggested for a file of this report: "Bao-cao-Quang-Dien-2025.pdf".
    QString suggestedFileName(const QString& extension) const;

private:
    bool save(const QString& caption, ReportFileFormat format, const QString& extension, const QString& filter);
    void endProgress();
    void ensureFresh();
    void fillDeliverables();
    void choiceChanged(); // kind, unit, year or deliverable: the details set for the old choice go
    // What a saved document of this installation's own deliverable records as sent, if it is one.
    std::optional<SentRecord> sentRecord(const QString& path, ReportFileFormat format) const;

    Workspace& m_workspace;
    QComboBox* m_kind;
    QComboBox* m_unit;
    QString m_wantedUnit; // the unit last chosen, chosen again when a year's tree holds it
    QComboBox* m_year;
    QCheckBox* m_protect;
    QCheckBox* m_includeInProgress;
    QComboBox* m_agency;
    QComboBox* m_deliverable;
    std::optional<OfficialHeader> m_header;
    QLabel* m_summary;
    ChartPanel* m_charts;
    std::unique_ptr<AnnualReport> m_annual;
    std::unique_ptr<ReviewReport> m_trend; // the path from the baseline, for the trend chart
    bool m_documentIsReview = false;
    bool m_stale = true;
    QProgressDialog* m_progress = nullptr;
};

} // namespace chitieu::ui
