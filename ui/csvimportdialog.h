// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QJsonObject>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace Backroom::Ui {

class JobWatcher;
class Session;

// Imports products and variants from a CSV file (POST /api/v1/products/import, the columns of the export):
// Check sends the file as a dry run, which changes nothing and reports what the import would create, update
// and leave as it is, and every row it would refuse, with its line, column and reason. Import is offered
// once a check of the very same file content found nothing to refuse; the server applies it as one job, all
// or nothing, whose progress the dialog shows. Importing the same file again changes nothing. GUI thread.
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum ReportColumn { LineColumn, ColumnColumn, ReasonColumn, ReportColumnCount };
    // Rows of the report shown at most; the summary gives the total.
    static constexpr int MaxReportRows = 10000;

    explicit CsvImportDialog(Session *session, QWidget *parent = nullptr);

    void setFile(const QString &path);
    QString file() const;
    // Sends the file as a dry run (check) or for real (import); see the class comment.
    void check();
    void import();

    bool isBusy() const { return m_busy; }
    bool canImport() const;
    QTableWidget *report() const { return m_report; }
    QString summaryText() const;

signals:
    // The import changed the catalog.
    void imported();

private:
    void start(bool dryRun);
    void jobFinished(const QJsonObject &job);
    void showReport(const QJsonObject &result, bool dryRun);
    void showError(const QString &message);
    void setBusy(bool busy);
    void fileChanged();

    Session *m_session;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_summary;
    QTableWidget *m_report;
    QLabel *m_message;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_checkButton;
    QPushButton *m_importButton;
    JobWatcher *m_job;
    QByteArray m_content;        // the file as it was sent
    QByteArray m_checkedContent; // the content a clean check covered; Import sends exactly it
    bool m_runningDry = false;
    bool m_busy = false;
};

} // namespace Backroom::Ui
