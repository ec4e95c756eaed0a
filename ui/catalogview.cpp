// SPDX-License-Identifier: MIT
#include "ui/catalogview.h"

#include "ui/bulkeditdialog.h"
#include "ui/categorypanel.h"
#include "ui/csvimportdialog.h"
#include "ui/categorytreemodel.h"
#include "ui/producteditordialog.h"
#include "ui/productsmodel.h"
#include "ui/session.h"
#include "ui/viewstyle.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QMenu>
#include <QSaveFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

CatalogView::CatalogView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_products(new ProductsModel(session, this))
    , m_categories(new CategoryTreeModel(session, this))
    , m_categoryPanel(new CategoryPanel(m_categories, this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_priceRange(new QLineEdit(this))
    , m_newProduct(new QPushButton(tr("&New Product…"), this))
    , m_editProduct(new QPushButton(tr("&Edit Product…"), this))
    , m_editMany(new QPushButton(tr("Change &Many…"), this))
    , m_csv(new QPushButton(tr("CS&V"), this))
    , m_reload(new QPushButton(tr("Re&load"), this))
    , m_progress(new QProgressBar(this))
    , m_notice(newMessageLabel(u"catalogNotice"_s, this))
    , m_message(newMessageLabel(u"catalogMessage"_s, this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_loadMore(new QPushButton(tr("Load &More"), this))
    , m_searchTimer(new QTimer(this))
{
    auto *heading = new QLabel(tr("Catalog"), this);
    heading->setObjectName(u"heading"_s);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_search->setObjectName(u"productSearch"_s);
    m_search->setPlaceholderText(tr("Title contains…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 22);
    m_search->setToolTip(tr("Finds products whose title contains the text, as you type."));
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->addItem(tr("Any status"), QString());
    for (Domain::ProductStatus status :
         {Domain::ProductStatus::Draft, Domain::ProductStatus::Active, Domain::ProductStatus::Archived})
        m_status->addItem(ProductsModel::statusTitle(status), Domain::productStatusName(status));
    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    m_priceRange->setObjectName(u"priceFilter"_s);
    m_priceRange->setPlaceholderText(tr("e.g. 10-50"));
    m_priceRange->setClearButtonEnabled(true);
    m_priceRange->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_priceRange->setToolTip(tr("The lowest variant price, from-to in the shop's currency; leave either end "
                                "open, e.g. 10- or -50."));
    auto *priceLabel = new QLabel(tr("&Price:"), this);
    priceLabel->setBuddy(m_priceRange);
    m_newProduct->setObjectName(u"newProduct"_s);
    m_editProduct->setObjectName(u"editProduct"_s);
    m_editMany->setObjectName(u"editManyProducts"_s);
    m_csv->setObjectName(u"csvMenu"_s);
    auto *csvMenu = new QMenu(m_csv);
    csvMenu->addAction(tr("&Import Products…"), this, &CatalogView::importProducts);
    csvMenu->addAction(tr("&Export Products…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Products"), u"products-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate)),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportProducts(path);
    });
    m_csv->setMenu(csvMenu);
    m_csv->setToolTip(tr("Import products from a CSV file, or export the products the filters match."));
    m_editMany->setToolTip(tr("Change the price, status or category of the selected products, or of every "
                              "product the filters match, at once."));
    m_reload->setObjectName(u"reloadCatalog"_s);
    m_loadMore->setObjectName(u"loadMoreProducts"_s);

    auto *filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(priceLabel);
    filters->addWidget(m_priceRange);
    filters->addSpacing(12);
    filters->addWidget(m_newProduct);
    filters->addWidget(m_editProduct);
    filters->addWidget(m_editMany);
    filters->addWidget(m_csv);
    filters->addWidget(m_reload);

    m_progress->setObjectName(u"catalogProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2 + 2);
    setErrorColour(m_notice, true);
    m_count->setObjectName(u"productCount"_s);
    m_count->setWordWrap(true);

    m_table->setObjectName(u"productTable"_s);
    m_table->setModel(m_products);
    m_table->setAccessibleName(tr("Products"));
    setUpListTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    // The server's order (oldest first) until a column is chosen.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    const int character = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(ProductsModel::TitleColumn, character * 30);
    m_table->setColumnWidth(ProductsModel::SkuColumn, character * 16);
    m_table->setColumnWidth(ProductsModel::PriceColumn, character * 22);
    m_table->setColumnWidth(ProductsModel::StatusColumn, character * 10);
    m_table->setColumnWidth(ProductsModel::CategoryColumn, character * 16);
    auto *copy = new QAction(tr("Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &CatalogView::copySelection);
    m_table->addAction(copy);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_loadMore);

    auto *gridPane = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridPane);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addLayout(filters);
    gridLayout->addWidget(m_progress);
    gridLayout->addWidget(m_notice);
    gridLayout->addWidget(m_message);
    gridLayout->addWidget(m_table, 1);
    gridLayout->addLayout(bottom);

    m_categoryPanel->setObjectName(u"categoryPanel"_s);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_categoryPanel);
    splitter->addWidget(gridPane);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({character * 30, character * 130});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(splitter, 1);

    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_priceRange);
    setTabOrder(m_priceRange, m_newProduct);
    setTabOrder(m_newProduct, m_editProduct);
    setTabOrder(m_editProduct, m_editMany);
    setTabOrder(m_editMany, m_csv);
    setTabOrder(m_csv, m_reload);
    setTabOrder(m_reload, m_table);
    setTabOrder(m_table, m_loadMore);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CatalogView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CatalogView::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CatalogView::applyFilter);
    connect(m_priceRange, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_priceRange, &QLineEdit::returnPressed, this, &CatalogView::applyFilter);
    connect(m_categoryPanel, &CategoryPanel::currentCategoryChanged, this, &CatalogView::applyFilter);
    connect(m_newProduct, &QPushButton::clicked, this, &CatalogView::newProduct);
    connect(m_editProduct, &QPushButton::clicked, this, &CatalogView::editCurrentProduct);
    connect(m_editMany, &QPushButton::clicked, this, &CatalogView::editManyProducts);
    connect(m_reload, &QPushButton::clicked, this, &CatalogView::reload);
    connect(m_loadMore, &QPushButton::clicked, this, [this] { m_products->fetchMore({}); });
    connect(m_table, &QTableView::activated, this, &CatalogView::editCurrentProduct);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CatalogView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CatalogView::updateActions);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &CatalogView::showLoadState);
    connect(m_products, &ProductsModel::loadingChanged, this, &CatalogView::showLoadState);
    connect(m_products, &ProductsModel::pageLoaded, this, &CatalogView::showLoadState);
    connect(m_products, &ProductsModel::loadFailed, this, &CatalogView::showLoadState);
    connect(m_products, &ProductsModel::modelReset, this, &CatalogView::updateActions);
    connect(m_categories, &CategoryTreeModel::loadingChanged, this, &CatalogView::showLoadState);
    connect(m_categories, &CategoryTreeModel::loaded, this,
            [this] { m_products->setCategoryNames(m_categories->names()); });
    // A move changes what lies below the chosen category, so the products shown for it change too.
    connect(m_categories, &CategoryTreeModel::changeFinished, this, [this](bool ok) {
        if (ok && !m_products->filter().categoryId.isEmpty())
            m_products->reload();
    });
    connect(m_session, &Session::accountChanged, this, &CatalogView::accountChanged);
    accountChanged(m_session->account());
    showLoadState();
    updateActions();
}

bool CatalogView::isLoading() const
{
    return m_products->isLoading() || m_categories->isLoading();
}

void CatalogView::accountChanged(const std::optional<Account> &account)
{
    // The list and the editor are for those who may change the catalog; a vendor's own products come later.
    m_allowed = account && account->may(Domain::Permission::CatalogWrite);
    m_notice->setText(account && !m_allowed ? tr("Your account may not list or change the shop's catalog. An "
                                                 "administrator can give it the merchandiser role.")
                                            : QString());
    m_notice->setVisible(!m_notice->text().isEmpty());
    const QString id = account ? account->id : QString();
    updateActions();
    if (id == m_accountId)
        return;
    m_accountId = id;
    m_loaded = false;
    if (isVisible() && account)
        reload();
}

void CatalogView::reload()
{
    if (!m_allowed)
        return;
    m_loaded = true;
    m_categories->reload();
    m_searchTimer->stop();
    m_products->setFilter(currentFilter());
    m_products->reload();
}

ProductFilter CatalogView::currentFilter() const
{
    ProductFilter filter;
    filter.text = m_search->text().trimmed();
    filter.status = m_status->currentData().toString();
    filter.categoryId = m_categoryPanel->currentCategoryId();
    filter.priceRange = m_priceRange->text().trimmed();
    filter.sort = m_products->filter().sort;
    return filter;
}

void CatalogView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

void CatalogView::applyFilter()
{
    m_searchTimer->stop();
    if (!m_allowed || !m_loaded)
        return;
    const ProductFilter filter = currentFilter();
    if (filter == m_products->filter() && m_products->isStarted())
        return;
    m_products->setFilter(filter);
    // Abandons the page of the previous filter if it is still on its way.
    m_products->reload();
}

void CatalogView::showLoadState()
{
    m_progress->setVisible(isLoading());
    if (m_allowed) {
        const QString error = m_products->errorMessage();
        m_notice->setText(error.isEmpty() ? QString()
                                          : tr("The products could not be loaded: %1\nChoose Reload to try again.").arg(error));
        m_notice->setVisible(!error.isEmpty());
    }
    const int rows = m_products->rowCount();
    const ProductFilter filter = m_products->filter();
    const bool narrowed = !filter.text.isEmpty() || !filter.status.isEmpty() || !filter.categoryId.isEmpty()
        || !filter.priceRange.isEmpty();
    QString text;
    if (!m_allowed || !m_products->isStarted())
        text.clear();
    else if (m_products->isLoading() && rows == 0)
        text = tr("Loading products…");
    else if (m_products->canFetchMore({}))
        text = tr("Products shown: %L1; scroll down or choose Load More for more.").arg(rows);
    else if (rows == 0 && narrowed)
        text = tr("No products match the search and filters.");
    else if (rows == 0)
        text = tr("No products yet. Choose New Product to create one.");
    else
        text = tr("Products: %L1").arg(rows);
    if (m_products->sortColumn() >= 0 && rows > 0) {
        const QString column = m_products->headerData(m_products->sortColumn(), Qt::Horizontal).toString();
        text += u' '
            + (m_products->sortedByServer()
                   ? tr("Sorted by %1 across the whole catalog.").arg(column)
                   : tr("Sorted by %1 among the products loaded; only Title and Price sort the whole catalog.")
                         .arg(column));
    }
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    if (selected > 1)
        text += u' ' + tr("%L1 selected.").arg(selected);
    m_count->setText(text);
    m_loadMore->setEnabled(m_products->canFetchMore({}));
}

void CatalogView::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    setErrorColour(m_message, error);
    m_message->setVisible(!message.isEmpty());
}

void CatalogView::updateActions()
{
    for (QWidget *widget : std::initializer_list<QWidget *>{m_search, m_status, m_priceRange, m_newProduct, m_editMany, m_csv, m_reload, m_table, m_categoryPanel})
        widget->setEnabled(m_allowed);
    m_editProduct->setEnabled(m_allowed && m_products->product(m_table->currentIndex().row()));
    showLoadState();
}

BulkEditDialog *CatalogView::editManyProducts()
{
    if (!m_allowed)
        return nullptr;
    const QStringList ids = selectedProductIds();
    QString currency;
    if (const ProductRow *first = ids.isEmpty() ? m_products->product(0) : m_products->product(m_products->rowOf(ids.first()));
        first && first->lowestPrice)
        currency = first->lowestPrice->currency;
    auto *dialog = new BulkEditDialog(m_session, ids, m_products->filter(), m_categories->names(), currency, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkEditDialog::applied, m_products, &ProductsModel::reload);
    dialog->open();
    return dialog;
}

CsvImportDialog *CatalogView::importProducts()
{
    if (!m_allowed)
        return nullptr;
    auto *dialog = new CsvImportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CsvImportDialog::imported, this, &CatalogView::reload);
    dialog->open();
    return dialog;
}

void CatalogView::exportProducts(const QString &path)
{
    if (!m_allowed || m_exporting)
        return;
    m_exporting = true;
    m_csv->setEnabled(false);
    showMessage(tr("Exporting the products to %1…").arg(path), false);
    ApiRequest request;
    // The grid's filters, in the order products were created.
    ProductFilter filter = m_products->filter();
    filter.sort.clear();
    const QString query = ProductsModel::queryOf(filter);
    request.path = u"/api/v1/products/export"_s + (query.isEmpty() ? QString() : u'?' + query);
    request.timeout = std::chrono::minutes(5); // the server writes the whole file before the first byte
    request.rawReply = true;
    m_session->send(request, this, [this, path](const ApiResponse &response) {
        m_exporting = false;
        m_csv->setEnabled(m_allowed);
        QString message;
        bool ok = response.ok;
        if (!ok) {
            message = tr("The export failed: %1").arg(response.errorMessage);
        } else {
            QSaveFile out(path);
            ok = out.open(QIODevice::WriteOnly) && out.write(response.bytes) == response.bytes.size() && out.commit();
            message = ok ? tr("Exported %L1 row(s) to %2.").arg(qMax(0, int(response.bytes.count('\n')) - 1)).arg(path)
                         : tr("%1 could not be written: %2. Choose another place.").arg(path, out.errorString());
        }
        showMessage(message, !ok);
        emit exportFinished(ok, message);
    });
}

QStringList CatalogView::selectedProductIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (int row : std::as_const(rows))
        ids.append(m_products->product(row)->id);
    return ids;
}

QString CatalogView::selectedRowsText() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    const auto clean = [](QString text) { return text.replace(u'\t', u' ').replace(u'\n', u' '); };
    QStringList lines;
    QStringList header;
    for (int column = 0; column < ProductsModel::ColumnCount; ++column)
        header.append(m_products->headerData(column, Qt::Horizontal).toString());
    lines.append(header.join(u'\t'));
    for (int row : std::as_const(rows)) {
        QStringList cells;
        for (int column = 0; column < ProductsModel::ColumnCount; ++column)
            cells.append(clean(m_products->index(row, column).data().toString()));
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

void CatalogView::copySelection()
{
    if (m_table->selectionModel()->hasSelection())
        QApplication::clipboard()->setText(selectedRowsText());
}

ProductEditorDialog *CatalogView::editor() const
{
    return m_editor;
}

ProductEditorDialog *CatalogView::openEditor()
{
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return nullptr;
    }
    auto *dialog = new ProductEditorDialog(m_session, m_categories, this);
    dialog->setObjectName(u"productEditor"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProductEditorDialog::saved, this, [this](const QJsonObject &product, bool created) {
        const QString title = product.value("title"_L1).toString();
        if (created) {
            showMessage(tr("The product “%1” was created.").arg(title), false);
            m_products->reload();
        } else {
            m_products->updateProduct(product);
            showMessage(tr("The product “%1” was saved.").arg(title), false);
        }
    });
    m_editor = dialog;
    return dialog;
}

ProductEditorDialog *CatalogView::newProduct()
{
    if (!m_allowed)
        return nullptr;
    ProductEditorDialog *dialog = openEditor();
    if (!dialog)
        return m_editor;
    dialog->startNew(m_categoryPanel->currentCategoryId());
    dialog->open();
    return dialog;
}

ProductEditorDialog *CatalogView::editCurrentProduct()
{
    const ProductRow *product = m_allowed ? m_products->product(m_table->currentIndex().row()) : nullptr;
    if (!product)
        return nullptr;
    const QString id = product->id;
    ProductEditorDialog *dialog = openEditor();
    if (!dialog)
        return m_editor;
    dialog->load(id);
    dialog->open();
    return dialog;
}

} // namespace Backroom::Ui
