// SPDX-License-Identifier: MIT
#include "ui/csvimportdialog.h"

#include "ui/jobwatcher.h"
#include "ui/session.h"
#include "ui/viewstyle.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {
// The server's own limit is larger; a file beyond this is not read into memory here.
constexpr qint64 maxFileBytes = 64 * 1024 * 1024;
} // namespace

CsvImportDialog::CsvImportDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_summary(new QLabel(this))
    , m_report(new QTableWidget(0, ReportColumnCount, this))
    , m_message(newMessageLabel(u"importMessage"_s, this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_checkButton(m_buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole))
    , m_importButton(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole))
    , m_job(new JobWatcher(session, this))
{
    setWindowTitle(tr("Import Products from CSV"));
    setObjectName(u"csvImportDialog"_s);
    m_path->setObjectName(u"importFile"_s);
    m_summary->setObjectName(u"importSummary"_s);
    m_report->setObjectName(u"importReport"_s);
    m_progress->setObjectName(u"importProgress"_s);
    m_checkButton->setObjectName(u"checkImport"_s);
    m_importButton->setObjectName(u"runImport"_s);

    auto *intro = new QLabel(tr("One row per variant, with the columns of a catalog export. Check reads the file "
                                "and reports every row it would refuse without changing anything; Import then "
                                "applies it, all or nothing."),
                             this);
    intro->setWordWrap(true);
    m_path->setPlaceholderText(tr("A .csv file"));
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason")});
    m_report->setAccessibleName(tr("Rows refused"));
    setUpListTable(m_report);
    m_progress->setVisible(false);
    m_buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 30);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Products"), m_path->text(),
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_path, &QLineEdit::textChanged, this, &CsvImportDialog::fileChanged);
    connect(m_checkButton, &QPushButton::clicked, this, &CsvImportDialog::check);
    connect(m_importButton, &QPushButton::clicked, this, &CsvImportDialog::import);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_job->reportTo(m_progress);
    connect(m_job, &JobWatcher::finished, this, &CsvImportDialog::jobFinished);
    connect(m_job, &JobWatcher::lost, this, [this](const QString &message) {
        setBusy(false);
        showError(message);
    });
    fileChanged();
}

void CsvImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
}

QString CsvImportDialog::file() const
{
    return m_path->text().trimmed();
}

bool CsvImportDialog::canImport() const
{
    return !m_busy && !m_checkedContent.isEmpty();
}

QString CsvImportDialog::summaryText() const
{
    return m_summary->text();
}

void CsvImportDialog::fileChanged()
{
    m_checkedContent.clear();
    m_checkButton->setEnabled(!m_busy && !file().isEmpty());
    m_importButton->setEnabled(canImport());
}

void CsvImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy)
        m_progress->setRange(0, 0);
    m_path->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_checkButton->setEnabled(!busy && !file().isEmpty());
    m_importButton->setEnabled(canImport());
}

void CsvImportDialog::showError(const QString &message)
{
    m_message->setText(message);
    setErrorColour(m_message, true);
    m_message->setVisible(!message.isEmpty());
}

void CsvImportDialog::check()
{
    start(true);
}

void CsvImportDialog::import()
{
    if (canImport())
        start(false);
}

void CsvImportDialog::start(bool dryRun)
{
    showError({});
    if (dryRun) {
        QFile in(file());
        if (in.size() > maxFileBytes) {
            showError(tr("%1 is larger than %2 MB; split it into smaller files.").arg(file()).arg(maxFileBytes / 1024 / 1024));
            return;
        }
        if (!in.open(QIODevice::ReadOnly)) {
            showError(tr("%1 cannot be read: %2. Choose another file.").arg(file(), in.errorString()));
            return;
        }
        m_content = in.readAll();
        if (m_content.isEmpty()) {
            showError(tr("%1 is empty. Choose a CSV file with a header row and one row per variant.").arg(file()));
            return;
        }
    } else {
        // What was checked is what is imported, even if the file changed on disk since.
        m_content = m_checkedContent;
    }
    m_runningDry = dryRun;
    m_checkedContent.clear();
    setBusy(true);
    m_summary->setText(dryRun ? tr("Checking the file…") : tr("Importing…"));
    setErrorColour(m_summary, false);
    ApiRequest request;
    request.method = "POST"_ba;
    request.path = dryRun ? u"/api/v1/products/import?dry_run=true"_s : u"/api/v1/products/import?dry_run=false"_s;
    request.rawBody = m_content;
    request.rawContentType = "text/csv; charset=utf-8"_ba;
    request.timeout = std::chrono::minutes(2); // a large file takes a while to send and read
    m_session->send(request, this, [this](const ApiResponse &response) {
        if (!response.ok) {
            setBusy(false);
            m_summary->clear();
            showError(tr("The file was not taken: %1").arg(response.errorMessage));
            return;
        }
        m_job->watch(response.json.object());
    });
}

void CsvImportDialog::jobFinished(const QJsonObject &job)
{
    setBusy(false);
    const QJsonObject result = job.value("result"_L1).toObject();
    if (JobWatcher::status(job) == "succeeded"_L1) {
        showReport(result, m_runningDry);
        if (m_runningDry && result.value("rejected_total"_L1).toDouble() == 0 && result.value("rejected"_L1).toArray().isEmpty())
            m_checkedContent = m_content;
        if (!m_runningDry)
            emit imported();
        m_importButton->setEnabled(canImport());
        return;
    }
    if (!result.isEmpty())
        showReport(result, m_runningDry);
    showError(tr("Nothing was imported: %1").arg(JobWatcher::failureMessage(job)));
}

void CsvImportDialog::showReport(const QJsonObject &result, bool dryRun)
{
    const QJsonArray rejected = result.value("rejected"_L1).toArray();
    const qint64 total = result.contains("rejected_total"_L1) ? qint64(result.value("rejected_total"_L1).toDouble())
                                                               : rejected.size();
    m_report->setRowCount(0);
    const int shown = int(std::min<qsizetype>(rejected.size(), MaxReportRows));
    m_report->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const QJsonObject item = rejected.at(row).toObject();
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, item.value("line"_L1).toInt());
        m_report->setItem(row, LineColumn, line);
        m_report->setItem(row, ColumnColumn, new QTableWidgetItem(item.value("column"_L1).toString()));
        m_report->setItem(row, ReasonColumn, new QTableWidgetItem(item.value("reason"_L1).toString()));
    }
    const auto count = [&](const char *key) { return qint64(result.value(QLatin1StringView(key)).toDouble()); };
    QString text = (dryRun ? tr("Checked %L1 row(s): the import would create %L2 product(s), update %L3 and leave %L4 "
                                "as they are.")
                           : tr("Imported %L1 row(s): %L2 product(s) created, %L3 updated, %L4 left as they were."))
                       .arg(count("rows"))
                       .arg(count("created"))
                       .arg(count("updated"))
                       .arg(count("unchanged"));
    if (total > 0) {
        text += u' ' + tr("%L1 row(s) refused, listed below by line; correct them and check again.").arg(total);
        if (shown < total)
            text += u' ' + tr("The first %L1 are listed.").arg(shown);
    } else if (dryRun) {
        text += u' ' + tr("Nothing would be refused: choose Import to apply it.");
    }
    m_summary->setText(text);
    setErrorColour(m_summary, total > 0);
}

} // namespace Backroom::Ui
