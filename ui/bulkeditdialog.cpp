// SPDX-License-Identifier: MIT
#include "ui/bulkeditdialog.h"

#include "domain/money.h"
#include "ui/jobwatcher.h"
#include "ui/session.h"
#include "ui/viewstyle.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {
// A percentage as the server takes it: up to two decimals.
std::optional<double> parsePercent(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok); // a point for decimals, as prices are written
    if (!ok)
        return std::nullopt;
    const double hundredths = value * 100;
    if (value <= 0 || value > 1000 || std::abs(hundredths - std::round(hundredths)) > 1e-6)
        return std::nullopt;
    return value;
}
} // namespace

BulkEditDialog::BulkEditDialog(Session *session, const QStringList &selectedIds, const ProductFilter &filter,
                               const QHash<QString, QString> &categoryNames, const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_selectedIds(selectedIds)
    , m_filter(filter)
    , m_categoryNames(categoryNames)
    , m_selectedScope(new QRadioButton(tr("The %n selected product(s)", nullptr, int(selectedIds.size())), this))
    , m_filterScope(new QRadioButton(tr("Every product the &filters match"), this))
    , m_changePrice(new QCheckBox(tr("Change the &price:"), this))
    , m_priceMode(new QComboBox(this))
    , m_priceValue(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_changeStatus(new QCheckBox(tr("Change the s&tatus to:"), this))
    , m_status(new QComboBox(this))
    , m_changeCategory(new QCheckBox(tr("Move to the &category:"), this))
    , m_category(new QComboBox(this))
    , m_preview(new QTableWidget(0, PreviewColumnCount, this))
    , m_summary(new QLabel(this))
    , m_message(newMessageLabel(u"bulkMessage"_s, this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_previewButton(m_buttons->addButton(tr("P&review"), QDialogButtonBox::ActionRole))
    , m_applyButton(m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole))
    , m_job(new JobWatcher(session, this))
{
    setWindowTitle(tr("Change Many Products"));
    setObjectName(u"bulkEditDialog"_s);
    m_selectedScope->setObjectName(u"selectedScope"_s);
    m_filterScope->setObjectName(u"filterScope"_s);
    m_changePrice->setObjectName(u"changePrice"_s);
    m_priceMode->setObjectName(u"priceMode"_s);
    m_priceValue->setObjectName(u"priceValue"_s);
    m_currency->setObjectName(u"priceCurrency"_s);
    m_changeStatus->setObjectName(u"changeStatus"_s);
    m_status->setObjectName(u"bulkStatus"_s);
    m_changeCategory->setObjectName(u"changeCategory"_s);
    m_category->setObjectName(u"bulkCategory"_s);
    m_preview->setObjectName(u"bulkPreview"_s);
    m_summary->setObjectName(u"bulkSummary"_s);
    m_previewButton->setObjectName(u"previewBulk"_s);
    m_applyButton->setObjectName(u"applyBulk"_s);
    m_progress->setObjectName(u"bulkProgress"_s);

    auto *scope = new QGroupBox(tr("Products"), this);
    auto *scopeLayout = new QVBoxLayout(scope);
    scopeLayout->addWidget(m_selectedScope);
    scopeLayout->addWidget(m_filterScope);
    auto *scopes = new QButtonGroup(this);
    scopes->addButton(m_selectedScope);
    scopes->addButton(m_filterScope);
    m_selectedScope->setEnabled(!selectedIds.isEmpty());
    (selectedIds.isEmpty() ? m_filterScope : m_selectedScope)->setChecked(true);

    m_priceMode->addItem(tr("Set to"), SetPrice);
    m_priceMode->addItem(tr("Raise by %"), RaiseByPercent);
    m_priceMode->addItem(tr("Lower by %"), LowerByPercent);
    m_priceMode->addItem(tr("Raise by"), RaiseByAmount);
    m_priceMode->addItem(tr("Lower by"), LowerByAmount);
    m_priceValue->setPlaceholderText(tr("e.g. 12.99 or 10"));
    m_currency->addItems(Domain::knownCurrencies());
    m_currency->setCurrentText(currency.isEmpty() ? u"GBP"_s : currency);
    for (Domain::ProductStatus status :
         {Domain::ProductStatus::Draft, Domain::ProductStatus::Active, Domain::ProductStatus::Archived})
        m_status->addItem(ProductsModel::statusTitle(status), Domain::productStatusName(status));
    m_category->addItem(tr("No category"), QString());
    QList<std::pair<QString, QString>> byName;
    for (auto it = categoryNames.cbegin(); it != categoryNames.cend(); ++it)
        byName.append({it.value(), it.key()});
    std::sort(byName.begin(), byName.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto &[name, id] : std::as_const(byName))
        m_category->addItem(name, id);

    auto *change = new QGroupBox(tr("Change"), this);
    auto *changeLayout = new QFormLayout(change);
    auto *priceRow = new QHBoxLayout;
    priceRow->addWidget(m_priceMode);
    priceRow->addWidget(m_priceValue, 1);
    priceRow->addWidget(m_currency);
    changeLayout->addRow(m_changePrice, priceRow);
    changeLayout->addRow(m_changeStatus, m_status);
    changeLayout->addRow(m_changeCategory, m_category);

    m_preview->setHorizontalHeaderLabels({tr("Product"), tr("Before"), tr("After")});
    m_preview->setAccessibleName(tr("What will change"));
    setUpListTable(m_preview);
    m_preview->setWordWrap(true);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setVisible(false);
    m_buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scope);
    layout->addWidget(change);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 34);

    for (QCheckBox *box : {m_changePrice, m_changeStatus, m_changeCategory})
        connect(box, &QCheckBox::toggled, this, &BulkEditDialog::formChanged);
    for (QComboBox *box : {m_priceMode, m_currency, m_status, m_category})
        connect(box, &QComboBox::currentIndexChanged, this, &BulkEditDialog::formChanged);
    connect(m_priceValue, &QLineEdit::textChanged, this, &BulkEditDialog::formChanged);
    connect(m_selectedScope, &QRadioButton::toggled, this, &BulkEditDialog::formChanged);
    connect(m_previewButton, &QPushButton::clicked, this, &BulkEditDialog::preview);
    connect(m_applyButton, &QPushButton::clicked, this, &BulkEditDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_job->reportTo(m_progress);
    connect(m_job, &JobWatcher::finished, this, &BulkEditDialog::jobFinished);
    connect(m_job, &JobWatcher::lost, this, [this](const QString &message) {
        setBusy(false);
        showError(message);
    });
    formChanged();
}

BulkEditDialog::Request BulkEditDialog::request(bool dryRun) const
{
    Request r;
    QJsonObject selection;
    if (m_selectedScope->isChecked()) {
        selection.insert("ids"_L1, QJsonArray::fromStringList(m_selectedIds));
    } else {
        QJsonObject filter;
        if (!m_filter.text.isEmpty())
            filter.insert("q"_L1, m_filter.text);
        if (!m_filter.status.isEmpty())
            filter.insert("status"_L1, m_filter.status);
        if (!m_filter.categoryId.isEmpty())
            filter.insert("category"_L1, m_filter.categoryId);
        if (!m_filter.priceRange.isEmpty())
            filter.insert("price_range"_L1, m_filter.priceRange);
        selection.insert("filter"_L1, filter);
    }
    QJsonObject change;
    if (m_changePrice->isChecked()) {
        const auto mode = PriceMode(m_priceMode->currentData().toInt());
        const QString currency = m_currency->currentText();
        const QString text = m_priceValue->text().trimmed();
        if (mode == RaiseByPercent || mode == LowerByPercent) {
            const auto percent = parsePercent(text);
            if (!percent) {
                r.error = tr("The percentage must be a number above 0 with at most two decimals, e.g. 10 or 12.5.");
                return r;
            }
            change.insert("price"_L1, QJsonObject{{"percent"_L1, mode == LowerByPercent ? -*percent : *percent}});
        } else {
            // As the product editor reads prices: digits and a point, in major units.
            auto amount = Domain::parseMajorUnits(text, Domain::currencyExponent(currency).value_or(2), u"price"_s);
            if (!amount || (*amount == 0 && mode != SetPrice)) {
                r.error = tr("The amount must be a price in %1 such as 12.99.").arg(currency);
                return r;
            }
            const qint64 signedAmount = mode == LowerByAmount ? -*amount : *amount;
            const QJsonObject money{{"amount"_L1, double(signedAmount)}, {"currency"_L1, currency}};
            change.insert("price"_L1, mode == SetPrice ? QJsonObject{{"set"_L1, money}} : QJsonObject{{"amount"_L1, money}});
        }
    }
    if (m_changeStatus->isChecked())
        change.insert("status"_L1, m_status->currentData().toString());
    if (m_changeCategory->isChecked()) {
        const QString id = m_category->currentData().toString();
        change.insert("category"_L1, id.isEmpty() ? QJsonValue() : QJsonValue(id));
    }
    if (change.isEmpty()) {
        r.error = tr("Choose what to change: the price, the status or the category.");
        return r;
    }
    r.body = {{"selection"_L1, selection}, {"change"_L1, change}, {"dry_run"_L1, dryRun}};
    return r;
}

bool BulkEditDialog::canApply() const
{
    return !m_busy && m_previewClean && !m_previewedBody.isEmpty();
}

QString BulkEditDialog::summaryText() const
{
    return m_summary->text();
}

void BulkEditDialog::formChanged()
{
    m_priceMode->setEnabled(m_changePrice->isChecked());
    m_priceValue->setEnabled(m_changePrice->isChecked());
    const auto mode = PriceMode(m_priceMode->currentData().toInt());
    m_currency->setEnabled(m_changePrice->isChecked() && mode != RaiseByPercent && mode != LowerByPercent);
    m_status->setEnabled(m_changeStatus->isChecked());
    m_category->setEnabled(m_changeCategory->isChecked());
    // A preview answers one request; after any edit it no longer describes what Apply would do.
    if (!m_previewedBody.isEmpty()) {
        m_previewedBody = {};
        m_previewClean = false;
        m_summary->setText(tr("The form changed since the preview; preview again before applying."));
    }
    m_previewButton->setEnabled(!m_busy);
    m_applyButton->setEnabled(canApply());
}

void BulkEditDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy)
        m_progress->setRange(0, 0);
    m_previewButton->setEnabled(!busy);
    m_applyButton->setEnabled(canApply());
}

void BulkEditDialog::showError(const QString &message)
{
    m_message->setText(message);
    setErrorColour(m_message, true);
    m_message->setVisible(!message.isEmpty());
}

void BulkEditDialog::preview()
{
    const Request r = request(true);
    if (!r.error.isEmpty()) {
        showError(r.error);
        return;
    }
    showError({});
    setBusy(true);
    const QJsonObject sent = r.body;
    m_session->post(u"/api/v1/products/bulk"_s, QJsonDocument(sent), this, [this, sent](const ApiResponse &response) {
        setBusy(false);
        if (!response.ok) {
            showError(tr("The preview failed: %1").arg(response.errorMessage));
            return;
        }
        // Apply sends the very request that was previewed, as a real run.
        m_previewedBody = sent;
        m_previewedBody.insert("dry_run"_L1, false);
        showPreview(response.json.object());
    });
}

QString BulkEditDialog::describe(const QJsonObject &state) const
{
    QStringList parts;
    if (const QString status = state.value("status"_L1).toString(); !status.isEmpty()) {
        const auto known = Domain::productStatusFromName(status);
        parts.append(known ? ProductsModel::statusTitle(*known) : status);
    }
    if (state.contains("category_id"_L1)) {
        const QString id = state.value("category_id"_L1).toString();
        parts.append(id.isEmpty() ? tr("no category") : m_categoryNames.value(id, id));
    }
    QStringList prices;
    for (const QJsonValue &v : state.value("prices"_L1).toArray()) {
        const QJsonObject price = v.toObject();
        const auto money = Domain::moneyFromJson(price.value("price"_L1), u"price"_s, Domain::AmountRule::Any);
        if (money)
            prices.append(u"%1 %2"_s.arg(price.value("sku"_L1).toString(), ProductsModel::moneyText(*money)));
    }
    if (!prices.isEmpty())
        parts.append(prices.join(u", "_s));
    return parts.join(u"; "_s);
}

void BulkEditDialog::showPreview(const QJsonObject &answer)
{
    const QJsonArray changes = answer.value("changes"_L1).toArray();
    const QJsonArray rejected = answer.value("rejected"_L1).toArray();
    m_preview->setRowCount(0);
    for (const QJsonValue &v : rejected) {
        const QJsonObject item = v.toObject();
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        m_preview->setItem(row, ProductColumn, new QTableWidgetItem(item.value("title"_L1).toString()));
        auto *reason = new QTableWidgetItem(tr("Refused: %1").arg(item.value("reason"_L1).toString()));
        reason->setForeground(errorTextColour());
        m_preview->setItem(row, BeforeColumn, reason);
        m_preview->setSpan(row, BeforeColumn, 1, 2);
    }
    for (const QJsonValue &v : changes) {
        const QJsonObject item = v.toObject();
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        m_preview->setItem(row, ProductColumn, new QTableWidgetItem(item.value("title"_L1).toString()));
        m_preview->setItem(row, BeforeColumn, new QTableWidgetItem(describe(item.value("before"_L1).toObject())));
        m_preview->setItem(row, AfterColumn, new QTableWidgetItem(describe(item.value("after"_L1).toObject())));
    }
    m_preview->resizeRowsToContents();
    const qint64 matched = qint64(answer.value("matched"_L1).toDouble());
    const qint64 unchanged = qint64(answer.value("unchanged"_L1).toDouble());
    const qint64 changing = qint64(answer.value("changed"_L1).toDouble());
    // One refusal per broken field; the products are what a person counts.
    QSet<QString> refusedIds;
    for (const QJsonValue &v : rejected)
        refusedIds.insert(v.toObject().value("id"_L1).toString());
    const qint64 refused = refusedIds.size();
    m_previewClean = refused == 0 && changing > 0;
    QString text = tr("%L1 product(s) match: %L2 would change, %L3 would stay as they are, %L4 would be refused.")
                       .arg(matched).arg(changing).arg(unchanged).arg(refused);
    if (changes.size() < changing)
        text += u' ' + tr("The first %L1 changes are listed.").arg(changes.size());
    if (refused > 0)
        text += u' ' + tr("Nothing can be applied while any product would be refused: change the form or the "
                          "selection, then preview again.");
    else if (changing == 0)
        text += u' ' + tr("There is nothing to apply.");
    else
        text += u' ' + tr("Choose Apply to make the change, all or nothing.");
    m_summary->setText(text);
    setErrorColour(m_summary, refused > 0);
    m_applyButton->setEnabled(canApply());
}

void BulkEditDialog::apply()
{
    if (!canApply())
        return;
    showError({});
    setBusy(true);
    m_session->post(u"/api/v1/products/bulk"_s, QJsonDocument(m_previewedBody), this, [this](const ApiResponse &response) {
        if (!response.ok) {
            setBusy(false);
            showError(tr("The change was not started: %1").arg(response.errorMessage));
            return;
        }
        m_summary->setText(tr("Changing the products…"));
        m_job->watch(response.json.object());
    });
}

void BulkEditDialog::jobFinished(const QJsonObject &job)
{
    setBusy(false);
    m_previewedBody = {};
    m_previewClean = false;
    m_applyButton->setEnabled(false);
    if (JobWatcher::status(job) == "succeeded"_L1) {
        const QJsonObject result = job.value("result"_L1).toObject();
        m_summary->setText(tr("Done: %L1 product(s) changed, %L2 left as they were.")
                               .arg(qint64(result.value("changed"_L1).toDouble()))
                               .arg(qint64(result.value("unchanged"_L1).toDouble())));
        setErrorColour(m_summary, false);
        emit applied();
        return;
    }
    showError(tr("Nothing was changed: %1").arg(JobWatcher::failureMessage(job)));
    const QJsonObject result = job.value("result"_L1).toObject();
    if (result.contains("rejected"_L1))
        showPreview(QJsonObject{{"rejected"_L1, result.value("rejected"_L1)}});
}

} // namespace Backroom::Ui
