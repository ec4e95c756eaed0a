// SPDX-License-Identifier: MIT
#include "ui/producteditordialog.h"

#include "domain/money.h"
#include "ui/boughttogetherpanel.h"
#include "ui/categorytreemodel.h"
#include "ui/productimagespanel.h"
#include "ui/session.h"
#include "ui/viewstyle.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {

constexpr int ErrorRole = Qt::UserRole + 1;
const QColor ErrorBackground(0xfc, 0xe4, 0xe4);

QString idText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(qint64(value.toDouble())) : value.toString();
}

QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, errorTextColour());
    label->setPalette(palette);
    label->setVisible(false);
    return label;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QString optionsText(const QJsonObject &options)
{
    QStringList parts;
    for (auto it = options.constBegin(); it != options.constEnd(); ++it)
        parts.append(it.key() + u'=' + it.value().toString());
    return parts.join(u"; "_s);
}

QString amountText(const QJsonValue &money)
{
    const auto parsed = Domain::moneyFromJson(money, u"price"_s, Domain::AmountRule::Any);
    return parsed ? Domain::formatMajorUnits(*parsed) : QString();
}

} // namespace

ProductEditorDialog::ProductEditorDialog(Session *session, CategoryTreeModel *categories, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_categories(categories)
    , m_notice(new QLabel(this))
    , m_conflict(new QFrame(this))
    , m_conflictText(new QLabel(m_conflict))
    , m_reloadTheirs(new QPushButton(tr("&Reload (Discard Mine)"), m_conflict))
    , m_keepMine(new QPushButton(tr("&Keep Mine and Re-apply"), m_conflict))
    , m_title(new QLineEdit(this))
    , m_titleError(errorLabel(this, u"titleError"_s))
    , m_description(new QPlainTextEdit(this))
    , m_descriptionError(errorLabel(this, u"descriptionError"_s))
    , m_status(new QComboBox(this))
    , m_statusError(errorLabel(this, u"statusError"_s))
    , m_category(new QComboBox(this))
    , m_categoryError(errorLabel(this, u"categoryError"_s))
    , m_currency(new QComboBox(this))
    , m_currencyError(errorLabel(this, u"currencyError"_s))
    , m_specifications(new QTableWidget(0, 2, this))
    , m_specificationsError(errorLabel(this, u"specificationsError"_s))
    , m_variants(new QTableWidget(0, VariantColumnCount, this))
    , m_variantsError(errorLabel(this, u"variantsError"_s))
    , m_images(new ProductImagesPanel(session, this))
    , m_boughtTogether(new BoughtTogetherPanel(session, this))
    , m_errorSummary(errorLabel(this, u"errorSummary"_s))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_save(m_buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole))
{
    m_notice->setObjectName(u"notice"_s);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_notice->setVisible(false);

    m_conflict->setObjectName(u"conflict"_s);
    m_conflict->setFrameShape(QFrame::StyledPanel);
    m_conflict->setAutoFillBackground(true);
    QPalette conflictPalette = m_conflict->palette();
    conflictPalette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    m_conflict->setPalette(conflictPalette);
    m_conflictText->setObjectName(u"conflictText"_s);
    m_conflictText->setWordWrap(true);
    m_conflictText->setText(tr("Someone else changed this product since you opened it, so your changes were not "
                               "saved. Reload shows their version and discards your edits; Keep Mine loads their "
                               "version and applies your edits to it, for you to check and save again."));
    m_reloadTheirs->setObjectName(u"reloadTheirs"_s);
    m_keepMine->setObjectName(u"keepMine"_s);
    auto *conflictLayout = new QVBoxLayout(m_conflict);
    conflictLayout->addWidget(m_conflictText);
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addWidget(m_keepMine);
    conflictButtons->addWidget(m_reloadTheirs);
    conflictButtons->addStretch();
    conflictLayout->addLayout(conflictButtons);
    m_conflict->setVisible(false);

    m_title->setObjectName(u"title"_s);
    m_title->setMaxLength(int(Domain::ProductLimits::titleLength) + 50);
    m_description->setObjectName(u"description"_s);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(fontMetrics().height() * 5);
    m_status->setObjectName(u"status"_s);
    for (Domain::ProductStatus status : {Domain::ProductStatus::Draft, Domain::ProductStatus::Active,
                                         Domain::ProductStatus::Archived}) {
        switch (status) {
        case Domain::ProductStatus::Draft:
            m_status->addItem(tr("Draft (not for sale)"), Domain::productStatusName(status));
            break;
        case Domain::ProductStatus::Active:
            m_status->addItem(tr("Active (on sale)"), Domain::productStatusName(status));
            break;
        case Domain::ProductStatus::Archived:
            m_status->addItem(tr("Archived (no longer sold)"), Domain::productStatusName(status));
            break;
        }
    }
    m_category->setObjectName(u"category"_s);
    m_currency->setObjectName(u"currency"_s);
    m_currency->addItems(Domain::knownCurrencies());
    m_currency->setToolTip(tr("Every variant of a product is priced in this currency."));

    auto *form = new QFormLayout;
    const auto addField = [&](const QString &label, QWidget *field, QLabel *error) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        form->addRow(caption, field);
        form->addRow(QString(), error);
    };
    addField(tr("&Title:"), m_title, m_titleError);
    addField(tr("&Description:"), m_description, m_descriptionError);
    addField(tr("Stat&us:"), m_status, m_statusError);
    addField(tr("&Category:"), m_category, m_categoryError);
    addField(tr("Curre&ncy:"), m_currency, m_currencyError);

    const auto setUpTable = [this](QTableWidget *table) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setEditTriggers(QAbstractItemView::AllEditTriggers);
        table->setTabKeyNavigation(true);
        table->verticalHeader()->setVisible(false);
        table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
        table->horizontalHeader()->setStretchLastSection(true);
        // An edited cell is no longer what the last check complained about.
        connect(table, &QTableWidget::itemChanged, this, [](QTableWidgetItem *item) {
            if (item->data(ErrorRole).isNull())
                return;
            item->setData(ErrorRole, QVariant());
            item->setData(Qt::BackgroundRole, QVariant());
            item->setToolTip({});
        });
    };
    m_specifications->setObjectName(u"specifications"_s);
    m_specifications->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_specifications->setAccessibleName(tr("Specifications"));
    m_specifications->setColumnWidth(NameColumn, fontMetrics().averageCharWidth() * 24);
    setUpTable(m_specifications);
    m_variants->setObjectName(u"variants"_s);
    m_variants->setHorizontalHeaderLabels({tr("SKU"), tr("Options"), tr("Barcode"), tr("Price"), tr("Compare-at Price")});
    m_variants->horizontalHeaderItem(OptionsColumn)->setToolTip(tr("name=value pairs separated by semicolons, e.g. size=M; colour=Red"));
    m_variants->horizontalHeaderItem(BarcodeColumn)->setToolTip(tr("EAN-8, UPC-A, EAN-13 or GTIN-14 digits with their check digit; empty for none"));
    m_variants->horizontalHeaderItem(PriceColumn)->setToolTip(tr("In the currency's major units, e.g. 12.99"));
    m_variants->horizontalHeaderItem(CompareAtColumn)->setToolTip(tr("The price before a reduction, above the price; empty for none"));
    m_variants->setAccessibleName(tr("Variants"));
    m_variants->setColumnWidth(SkuColumn, fontMetrics().averageCharWidth() * 18);
    m_variants->setColumnWidth(OptionsColumn, fontMetrics().averageCharWidth() * 26);
    m_variants->setColumnWidth(BarcodeColumn, fontMetrics().averageCharWidth() * 16);
    m_variants->setColumnWidth(PriceColumn, fontMetrics().averageCharWidth() * 12);
    setUpTable(m_variants);

    auto *specificationsLabel = new QLabel(tr("S&pecifications"), this);
    specificationsLabel->setBuddy(m_specifications);
    auto *addSpecification = new QPushButton(tr("&Add Specification"), this);
    addSpecification->setObjectName(u"addSpecification"_s);
    auto *removeSpecification = new QPushButton(tr("Re&move Specification"), this);
    removeSpecification->setObjectName(u"removeSpecification"_s);
    auto *specificationButtons = new QHBoxLayout;
    specificationButtons->addWidget(specificationsLabel);
    specificationButtons->addStretch();
    specificationButtons->addWidget(addSpecification);
    specificationButtons->addWidget(removeSpecification);

    auto *variantsLabel = new QLabel(tr("&Variants"), this);
    variantsLabel->setBuddy(m_variants);
    auto *addVariant = new QPushButton(tr("Add Var&iant"), this);
    addVariant->setObjectName(u"addVariant"_s);
    auto *removeVariant = new QPushButton(tr("R&emove Variant"), this);
    removeVariant->setObjectName(u"removeVariant"_s);
    auto *variantButtons = new QHBoxLayout;
    variantButtons->addWidget(variantsLabel);
    variantButtons->addStretch();
    variantButtons->addWidget(addVariant);
    variantButtons->addWidget(removeVariant);

    m_progress->setObjectName(u"editorProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_progress->setVisible(false);

    m_save->setObjectName(u"save"_s);
    m_save->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    // Save checks first and closes only when the server agreed; accept() is not connected.
    connect(m_save, &QPushButton::clicked, this, &ProductEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    connect(saveShortcut, &QAction::triggered, this, &ProductEditorDialog::save);
    addAction(saveShortcut);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_conflict);
    layout->addLayout(form);
    layout->addLayout(specificationButtons);
    layout->addWidget(m_specifications, 1);
    layout->addWidget(m_specificationsError);
    layout->addLayout(variantButtons);
    layout->addWidget(m_variants, 2);
    layout->addWidget(m_variantsError);
    auto *imagesLabel = new QLabel(tr("Ima&ges"), this);
    imagesLabel->setBuddy(m_images->list());
    layout->addWidget(imagesLabel);
    layout->addWidget(m_images);
    layout->addWidget(new QLabel(tr("Bought together"), this));
    layout->addWidget(m_boughtTogether);
    layout->addWidget(m_errorSummary);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(addSpecification, &QPushButton::clicked, this, [this] {
        addSpecificationRow();
        m_specifications->setCurrentCell(m_specifications->rowCount() - 1, NameColumn);
        m_specifications->setFocus();
    });
    connect(removeSpecification, &QPushButton::clicked, this, [this] { removeSelectedRows(m_specifications); });
    connect(addVariant, &QPushButton::clicked, this, [this] {
        addVariantRow();
        m_variants->setCurrentCell(m_variants->rowCount() - 1, SkuColumn);
        m_variants->setFocus();
    });
    connect(removeVariant, &QPushButton::clicked, this, [this] { removeSelectedRows(m_variants); });
    connect(m_reloadTheirs, &QPushButton::clicked, this, &ProductEditorDialog::reloadDiscardingEdits);
    connect(m_keepMine, &QPushButton::clicked, this, &ProductEditorDialog::reapplyEditsOnCurrent);
    connect(m_categories, &CategoryTreeModel::modelReset, this, &ProductEditorDialog::fillCategories);
    // An image change makes a new version of the product; the next save names it, not the one opened.
    connect(m_images, &ProductImagesPanel::productVersionChanged, this, [this](int version) { m_version = version; });

    fillCategories();
    resize(920, 900);
}

void ProductEditorDialog::startNew(const QString &categoryId)
{
    m_id.clear();
    m_version = 0;
    m_current.reset();
    const QString localCurrency = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    Domain::Product product;
    product.primaryCategoryId = categoryId;
    product.variants.append({{}, {}, {}, {0, Domain::isKnownCurrency(localCurrency) ? localCurrency : u"GBP"_s}, {}});
    m_base = product.toJson();
    m_images->setProduct({});
    fillForm(m_base);
    // An empty price reads better than 0.00 in a new row.
    if (QTableWidgetItem *price = m_variants->item(0, PriceColumn))
        price->setText({});
    setWindowTitle(tr("New Product"));
    m_title->setFocus();
}

void ProductEditorDialog::load(const QString &productId)
{
    m_id = productId;
    setWindowTitle(tr("Edit Product"));
    fetch([this](const QJsonObject &product) {
        adopt(product);
        if (const std::optional<QJsonObject> editable = editableJson(product))
            fillForm(*editable);
        m_title->setFocus();
    });
}

void ProductEditorDialog::fetch(const std::function<void(const QJsonObject &)> &then)
{
    delete std::exchange(m_request, new QObject(this));
    setBusy(true, false);
    QObject *request = m_request;
    m_session->get(u"/api/v1/products/"_s + m_id, request, [this, request, then](const ApiResponse &response) {
        request->deleteLater();
        m_request = nullptr;
        setBusy(false, false);
        if (!response.ok) {
            showNotice(response.httpStatus == 404
                           ? tr("This product no longer exists. Close the editor and reload the list.")
                           : tr("The product could not be loaded: %1\nClose the editor and open it again to retry.")
                                 .arg(response.errorMessage),
                       true);
            m_save->setEnabled(false);
            return;
        }
        then(response.json.object());
    });
}

void ProductEditorDialog::adopt(const QJsonObject &product)
{
    m_id = idText(product.value("id"_L1));
    m_version = product.value("version"_L1).toInt(0);
    m_base = editableJson(product).value_or(QJsonObject());
    m_images->setProduct(product);
    m_boughtTogether->setProduct(m_id);
    const auto parsed = Domain::productFromJson(m_base);
    if (parsed) {
        m_current = *parsed;
    } else {
        // Only the status matters to the replace rule; the rest is checked as the form has it.
        Domain::Product current;
        current.status = Domain::productStatusFromName(product.value("status"_L1).toString())
                             .value_or(Domain::ProductStatus::Draft);
        m_current = current;
    }
    setWindowTitle(tr("Edit Product – %1").arg(product.value("title"_L1).toString()));
}

std::optional<QJsonObject> ProductEditorDialog::editableJson(const QJsonObject &product)
{
    QJsonObject clean;
    for (const QString &member : {u"title"_s, u"description"_s, u"specifications"_s, u"status"_s,
                                 u"primary_category_id"_s}) {
        if (product.contains(member))
            clean.insert(member, product.value(member));
    }
    QJsonArray variants;
    for (const QJsonValue &value : product.value("variants"_L1).toArray()) {
        const QJsonObject variant = value.toObject();
        QJsonObject kept;
        for (const QString &member : {u"sku"_s, u"options"_s, u"barcode"_s, u"price"_s, u"compare_at_price"_s}) {
            if (variant.contains(member))
                kept.insert(member, variant.value(member));
        }
        variants.append(kept);
    }
    clean.insert(u"variants"_s, variants);
    const auto parsed = Domain::productFromJson(clean);
    if (!parsed)
        return product.isEmpty() ? std::nullopt : std::optional(clean);
    return parsed->toJson();
}

void ProductEditorDialog::fillCategories()
{
    const QString current = m_category->currentData().toString();
    m_category->clear();
    m_category->addItem(tr("(No category)"), QString());
    for (const auto &[id, path] : m_categories->pathsInTreeOrder())
        m_category->addItem(path, id);
    setCategory(current);
}

void ProductEditorDialog::setCategory(const QString &id)
{
    int index = m_category->findData(id);
    if (index < 0) {
        // Not in the tree as loaded (yet): kept, and named by its id.
        m_category->addItem(tr("Category %1").arg(id), id);
        index = m_category->count() - 1;
    }
    m_category->setCurrentIndex(index);
}

void ProductEditorDialog::fillForm(const QJsonObject &editable)
{
    clearErrors();
    m_title->setText(editable.value("title"_L1).toString());
    m_description->setPlainText(editable.value("description"_L1).toString());
    const int status = m_status->findData(editable.value("status"_L1).toString(u"draft"_s));
    m_status->setCurrentIndex(status < 0 ? 0 : status);
    setCategory(idText(editable.value("primary_category_id"_L1)));

    m_specifications->setRowCount(0);
    const QJsonObject specifications = editable.value("specifications"_L1).toObject();
    for (auto it = specifications.constBegin(); it != specifications.constEnd(); ++it)
        addSpecificationRow(it.key(), it.value().toString());

    m_variants->setRowCount(0);
    const QJsonArray variants = editable.value("variants"_L1).toArray();
    for (const QJsonValue &variant : variants)
        addVariantRow(variant.toObject());
    const QString currency = variants.at(0).toObject().value("price"_L1).toObject().value("currency"_L1).toString();
    if (m_currency->findText(currency) >= 0)
        m_currency->setCurrentText(currency);
}

void ProductEditorDialog::addSpecificationRow(const QString &name, const QString &value)
{
    const int row = m_specifications->rowCount();
    m_specifications->insertRow(row);
    m_specifications->setItem(row, NameColumn, new QTableWidgetItem(name));
    m_specifications->setItem(row, ValueColumn, new QTableWidgetItem(value));
}

void ProductEditorDialog::addVariantRow(const QJsonObject &variant)
{
    const int row = m_variants->rowCount();
    m_variants->insertRow(row);
    m_variants->setItem(row, SkuColumn, new QTableWidgetItem(variant.value("sku"_L1).toString()));
    m_variants->setItem(row, OptionsColumn, new QTableWidgetItem(optionsText(variant.value("options"_L1).toObject())));
    m_variants->setItem(row, BarcodeColumn, new QTableWidgetItem(variant.value("barcode"_L1).toString()));
    auto *price = new QTableWidgetItem(amountText(variant.value("price"_L1)));
    price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_variants->setItem(row, PriceColumn, price);
    auto *compareAt = new QTableWidgetItem(amountText(variant.value("compare_at_price"_L1)));
    compareAt->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_variants->setItem(row, CompareAtColumn, compareAt);
}

void ProductEditorDialog::removeSelectedRows(QTableWidget *table)
{
    QList<int> rows;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && table->currentRow() >= 0)
        rows.append(table->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        table->removeRow(row);
}

QString ProductEditorDialog::currency() const
{
    return m_currency->currentText();
}

ProductEditorDialog::FormBody ProductEditorDialog::formBody() const
{
    FormBody form;
    QJsonObject &body = form.body;
    body.insert(u"title"_s, m_title->text());
    body.insert(u"description"_s, m_description->toPlainText());
    body.insert(u"status"_s, m_status->currentData().toString());
    const QString category = m_category->currentData().toString();
    body.insert(u"primary_category_id"_s, category.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(category));

    QJsonObject specifications;
    for (int row = 0; row < m_specifications->rowCount(); ++row) {
        const QString name = cellText(m_specifications, row, NameColumn);
        const QString value = cellText(m_specifications, row, ValueColumn);
        if (name.isEmpty() && value.isEmpty())
            continue; // a blank row is no specification
        if (specifications.contains(name)) {
            form.errors.append({u"specifications[%1]"_s.arg(row), tr("gives the name “%1” a second time; give each "
                                                                     "name once").arg(name)});
            continue;
        }
        specifications.insert(name, value);
    }
    body.insert(u"specifications"_s, specifications);

    const QString code = currency();
    const int exponent = Domain::currencyExponent(code).value_or(2);
    // An amount as typed; a leading minus is kept, so that the domain's rule about negative prices speaks.
    const auto amount = [&](int row, int column, const QString &field) -> QJsonValue {
        QString text = cellText(m_variants, row, column);
        if (text.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        const bool negative = text.startsWith(u'-') || text.startsWith(QChar(0x2212));
        if (negative)
            text = text.sliced(1).trimmed();
        const auto parsed = Domain::parseMajorUnits(text, exponent, field + u".amount"_s);
        if (!parsed) {
            form.errors.append({field + u".amount"_s,
                                tr("“%1” is not an amount in %2; write it like %3")
                                    .arg(cellText(m_variants, row, column), code,
                                         Domain::formatMajorUnits(1299, exponent))});
            return QJsonValue(QJsonValue::Undefined);
        }
        return QJsonObject{{u"amount"_s, negative ? -*parsed : *parsed}, {u"currency"_s, code}};
    };
    QJsonArray variants;
    for (int row = 0; row < m_variants->rowCount(); ++row) {
        const QString prefix = u"variants[%1]"_s.arg(row);
        QJsonObject variant;
        variant.insert(u"sku"_s, cellText(m_variants, row, SkuColumn));
        QJsonObject options;
        bool optionsOk = true;
        for (const QString &part : cellText(m_variants, row, OptionsColumn).split(u';', Qt::SkipEmptyParts)) {
            const qsizetype equals = part.indexOf(u'=');
            if (part.trimmed().isEmpty())
                continue;
            if (equals < 0) {
                optionsOk = false;
                break;
            }
            options.insert(part.left(equals).trimmed(), part.sliced(equals + 1).trimmed());
        }
        if (!optionsOk)
            form.errors.append({prefix + u".options"_s,
                                tr("write options as name=value, separated by semicolons, e.g. size=M; colour=Red")});
        variant.insert(u"options"_s, options);
        const QString barcode = cellText(m_variants, row, BarcodeColumn);
        variant.insert(u"barcode"_s, barcode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(barcode));
        if (const QJsonValue price = amount(row, PriceColumn, prefix + u".price"_s); !price.isUndefined())
            variant.insert(u"price"_s, price);
        const QJsonValue compareAt = amount(row, CompareAtColumn, prefix + u".compare_at_price"_s);
        variant.insert(u"compare_at_price"_s, compareAt.isUndefined() ? QJsonValue(QJsonValue::Null) : compareAt);
        variants.append(variant);
    }
    body.insert(u"variants"_s, variants);
    return form;
}

QString ProductEditorDialog::fieldTitle(const QString &field) const
{
    return targetOf(field).title;
}

ProductEditorDialog::Target ProductEditorDialog::targetOf(const QString &field, const QString &message) const
{
    if (field == "title"_L1)
        return {m_titleError, m_title, nullptr, -1, -1, tr("Title"), 0};
    if (field == "description"_L1)
        return {m_descriptionError, m_description, nullptr, -1, -1, tr("Description"), 1};
    if (field == "status"_L1)
        return {m_statusError, m_status, nullptr, -1, -1, tr("Status"), 2};
    if (field == "primary_category_id"_L1)
        return {m_categoryError, m_category, nullptr, -1, -1, tr("Category"), 3};
    static const QRegularExpression specificationRow(u"^specifications\\[(\\d+)\\]$"_s);
    if (const QRegularExpressionMatch match = specificationRow.match(field); match.hasMatch()) {
        const int row = match.captured(1).toInt();
        return {m_specificationsError, m_specifications, m_specifications, row, NameColumn,
                tr("Specification “%1”").arg(cellText(m_specifications, row, NameColumn)), 1000 + row * 10};
    }
    if (field.startsWith("specifications."_L1)) {
        const QString name = field.sliced(15);
        for (int row = 0; row < m_specifications->rowCount(); ++row) {
            if (cellText(m_specifications, row, NameColumn) == name.trimmed()) {
                // The domain's messages about the name begin so; the rest are about the value.
                const int column = message.startsWith("the name"_L1) ? NameColumn : ValueColumn;
                return {m_specificationsError, m_specifications, m_specifications, row, column,
                        tr("Specification “%1”").arg(name), 1000 + row * 10 + column};
            }
        }
        return {m_specificationsError, m_specifications, nullptr, -1, -1, tr("Specification “%1”").arg(name), 999};
    }
    if (field.startsWith("specifications"_L1))
        return {m_specificationsError, m_specifications, nullptr, -1, -1, tr("Specifications"), 999};
    static const QRegularExpression variantPath(u"^variants\\[(\\d+)\\](?:\\.([a-z_]+))?(?:\\.([a-z_]+))?"_s);
    if (const QRegularExpressionMatch match = variantPath.match(field); match.hasMatch()) {
        const int row = match.captured(1).toInt();
        const QString member = match.captured(2);
        const QString part = match.captured(3);
        if (row >= m_variants->rowCount())
            return {m_variantsError, m_variants, nullptr, -1, -1, tr("Variant %1").arg(row + 1), 99999};
        if (member == "price"_L1 && part == "currency"_L1)
            return {m_currencyError, m_currency, nullptr, -1, -1, tr("Currency"), 4};
        int column = SkuColumn;
        if (member == "options"_L1)
            column = OptionsColumn;
        else if (member == "barcode"_L1)
            column = BarcodeColumn;
        else if (member == "price"_L1)
            column = PriceColumn;
        else if (member == "compare_at_price"_L1)
            column = CompareAtColumn;
        const QString columnTitle = m_variants->horizontalHeaderItem(column)->text();
        //: A cell of the variants table, e.g. "Variant 2 · Price".
        return {m_variantsError, m_variants, m_variants, row, column, tr("Variant %1 · %2").arg(row + 1).arg(columnTitle),
                100000 + row * 10 + column};
    }
    if (field.startsWith("variants"_L1))
        return {m_variantsError, m_variants, nullptr, -1, -1, tr("Variants"), 99999};
    return {nullptr, nullptr, nullptr, -1, -1, field, 1'000'000'000};
}

void ProductEditorDialog::clearErrors()
{
    m_fieldErrors.clear();
    for (QLabel *label : {m_titleError, m_descriptionError, m_statusError, m_categoryError, m_currencyError,
                          m_specificationsError, m_variantsError, m_errorSummary}) {
        label->clear();
        label->setVisible(false);
    }
    for (QTableWidget *table : {m_specifications, m_variants}) {
        const QSignalBlocker blocker(table);
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                if (QTableWidgetItem *item = table->item(row, column); item && !item->data(ErrorRole).isNull()) {
                    item->setData(ErrorRole, QVariant());
                    item->setData(Qt::BackgroundRole, QVariant());
                    item->setToolTip({});
                }
            }
        }
        table->viewport()->update();
    }
}

void ProductEditorDialog::showErrors(const QList<Domain::FieldError> &unordered)
{
    // In the form's order, so the summary reads top to bottom and the focus goes to the topmost problem.
    QList<Domain::FieldError> errors = unordered;
    std::stable_sort(errors.begin(), errors.end(), [this](const Domain::FieldError &a, const Domain::FieldError &b) {
        return targetOf(a.field, a.message).rank < targetOf(b.field, b.message).rank;
    });
    QStringList summary;
    QWidget *first = nullptr;
    Target firstTarget;
    QSet<QString> shownAt; // one problem per place: what the form could not read comes first
    for (const Domain::FieldError &error : errors) {
        const Target target = targetOf(error.field, error.message);
        const QString place = target.table && target.row >= 0
                                  ? u"%1/%2/%3"_s.arg(target.table->objectName()).arg(target.row).arg(target.column)
                                  : (target.label ? target.label->objectName() : error.field);
        if (shownAt.contains(place))
            continue;
        shownAt.insert(place);
        if (!m_fieldErrors.contains(error.field))
            m_fieldErrors.insert(error.field, error.message);
        summary.append(target.title.isEmpty() ? error.message : tr("%1: %2").arg(target.title, error.message));
        if (target.table && target.row >= 0) {
            QTableWidgetItem *item = target.table->item(target.row, target.column);
            if (!item) {
                item = new QTableWidgetItem;
                target.table->setItem(target.row, target.column, item);
            }
            const QSignalBlocker blocker(target.table);
            item->setData(ErrorRole, error.message);
            item->setBackground(ErrorBackground);
            item->setToolTip(error.message);
        } else if (target.label) {
            const QString text = target.label->text();
            target.label->setText(text.isEmpty() ? error.message : text + u'\n' + error.message);
            target.label->setVisible(true);
        }
        if (!first && target.widget) {
            first = target.widget;
            firstTarget = target;
        }
    }
    m_errorSummary->setText(tr("Nothing was saved. Correct these fields, then choose Save again:\n%1")
                                .arg(summary.join(u'\n')));
    m_errorSummary->setVisible(true);
    if (first) {
        first->setFocus();
        if (firstTarget.table && firstTarget.row >= 0)
            firstTarget.table->setCurrentCell(firstTarget.row, firstTarget.column);
    }
}

void ProductEditorDialog::showNotice(const QString &text, bool error)
{
    m_notice->setText(text);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, errorTextColour());
    m_notice->setPalette(palette);
    m_notice->setVisible(!text.isEmpty());
}

void ProductEditorDialog::setBusy(bool loading, bool saving)
{
    m_loading = loading;
    m_saving = saving;
    m_progress->setVisible(loading || saving);
    m_save->setEnabled(!loading && !saving && !hasConflict());
    m_reloadTheirs->setEnabled(!loading && !saving);
    m_keepMine->setEnabled(!loading && !saving);
}

bool ProductEditorDialog::hasConflict() const
{
    return !m_conflict->isHidden();
}

void ProductEditorDialog::save()
{
    if (m_loading || m_saving || hasConflict())
        return;
    clearErrors();
    showNotice({}, false);
    const FormBody form = formBody();
    const Domain::Result<Domain::Product> checked =
        isNew() || !m_current ? Domain::productFromJson(form.body) : Domain::replaceProduct(*m_current, form.body);
    QList<Domain::FieldError> errors = form.errors;
    if (!checked) {
        errors.append(checked.error().fields);
        if (checked.error().fields.isEmpty())
            errors.append({QString(), checked.error().message});
    }
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    const QJsonObject body = checked->toJson();
    delete std::exchange(m_request, new QObject(this));
    QObject *request = m_request;
    ApiRequest apiRequest{QByteArrayLiteral("POST"), u"/api/v1/products"_s, QJsonDocument(body), {}, {}};
    if (!isNew()) {
        apiRequest.method = QByteArrayLiteral("PUT");
        apiRequest.path = u"/api/v1/products/"_s + m_id;
        // The version opened: a change made meanwhile by someone else answers 412 instead of being overwritten.
        apiRequest.headers.append({QByteArrayLiteral("If-Match"), '"' + QByteArray::number(m_version) + '"'});
    }
    setBusy(false, true);
    m_session->send(apiRequest, request, [this, request](const ApiResponse &response) {
        request->deleteLater();
        m_request = nullptr;
        setBusy(false, false);
        saveFinished(response);
    });
}

void ProductEditorDialog::saveFinished(const ApiResponse &response)
{
    if (response.ok) {
        const bool created = isNew();
        const QJsonObject product = response.json.object();
        adopt(product);
        emit saved(product, created);
        accept();
        return;
    }
    if (response.httpStatus == 412) {
        showConflict();
        return;
    }
    if (response.problem && !response.problem->errors.isEmpty())
        showErrors(response.problem->errors);
    showNotice(tr("The server did not save the product: %1").arg(response.errorMessage), true);
}

void ProductEditorDialog::showConflict()
{
    m_conflict->setVisible(true);
    setBusy(false, false);
    m_keepMine->setFocus();
}

void ProductEditorDialog::reloadDiscardingEdits()
{
    if (isNew())
        return;
    fetch([this](const QJsonObject &product) {
        adopt(product);
        if (const std::optional<QJsonObject> editable = editableJson(product))
            fillForm(*editable);
        m_conflict->setVisible(false);
        setBusy(false, false);
        showNotice(tr("This is the current version (%1), with the other changes; your edits were discarded.")
                       .arg(m_version),
                   false);
    });
}

void ProductEditorDialog::reapplyEditsOnCurrent()
{
    if (isNew())
        return;
    // What is in the form now, which may have been edited further since the refused save.
    const FormBody form = formBody();
    const auto readable = Domain::productFromJson(form.body);
    const QJsonObject mine = readable ? readable->toJson() : form.body;
    const QJsonObject base = m_base;
    fetch([this, mine, base](const QJsonObject &product) {
        const QJsonObject theirs = editableJson(product).value_or(QJsonObject());
        QStringList conflicts;
        const QJsonObject merged = mergeEdits(base, mine, theirs, &conflicts);
        adopt(product);
        fillForm(merged);
        m_conflict->setVisible(false);
        setBusy(false, false);
        QString text = tr("Your edits are now applied to the current version (%1). Check them and choose Save.")
                           .arg(m_version);
        if (!conflicts.isEmpty()) {
            QStringList titles;
            for (const QString &field : std::as_const(conflicts))
                titles.append(fieldTitle(field));
            //: %1 lists fields, e.g. "Title, Description".
            text += u' ' + tr("You both changed: %1; your values are kept.").arg(titles.join(tr(", ")));
        }
        showNotice(text, false);
    });
}

QJsonObject ProductEditorDialog::mergeEdits(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs,
                                            QStringList *conflicts)
{
    QJsonObject merged = theirs;
    const auto take = [&](const QString &path, const QJsonValue &b, const QJsonValue &m, const QJsonValue &t) {
        if (m == b)
            return false;
        if (t != b && t != m && conflicts)
            conflicts->append(path);
        return true;
    };
    for (const QString &member : {u"title"_s, u"description"_s, u"status"_s, u"primary_category_id"_s, u"variants"_s}) {
        if (take(member, base.value(member), mine.value(member), theirs.value(member)))
            merged.insert(member, mine.value(member));
    }
    const QJsonObject b = base.value("specifications"_L1).toObject();
    const QJsonObject m = mine.value("specifications"_L1).toObject();
    QJsonObject specifications = theirs.value("specifications"_L1).toObject();
    QStringList names = b.keys() + m.keys();
    names.removeDuplicates();
    for (const QString &name : std::as_const(names)) {
        if (!take(u"specifications."_s + name, b.value(name), m.value(name), specifications.value(name)))
            continue;
        if (m.contains(name))
            specifications.insert(name, m.value(name));
        else
            specifications.remove(name);
    }
    merged.insert(u"specifications"_s, specifications);
    return merged;
}

void ProductEditorDialog::done(int result)
{
    // Closing abandons a load or save under way; its answer has nobody to go to.
    delete std::exchange(m_request, nullptr);
    m_loading = m_saving = false;
    QDialog::done(result);
}

} // namespace Backroom::Ui
