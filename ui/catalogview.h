// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
QT_END_NAMESPACE

namespace Backroom::Ui {

class BulkEditDialog;
class CategoryPanel;
class CsvImportDialog;
class CategoryTreeModel;
class ProductEditorDialog;
class ProductsModel;
class Session;
struct ProductFilter;
struct Account;

// The Catalog area for merchandisers: the category tree beside a grid of products that pages from the
// server as it scrolls (or with Load More), searched as one types (a short pause after the last key sends
// the search; an older search still on its way is abandoned), narrowed by status and by the category chosen
// in the tree. Enter (or a double click) on a product opens it in the editor; New Product starts one. Rows
// can be selected together and copied (Ctrl+C) as tab-separated text. Loads when first shown and again when
// another account signs in. GUI thread.
class CatalogView : public QWidget
{
    Q_OBJECT
public:
    // The pause after the last key before a search is sent.
    static constexpr int SearchDelayMs = 300;

    explicit CatalogView(Session *session, QWidget *parent = nullptr);

    // Whether a page of products or the categories are on their way.
    bool isLoading() const;
    void reload();

    // The editor for a new product (in the chosen category), opened over the view.
    ProductEditorDialog *newProduct();
    // The editor for the grid's current product, opened over the view; null without one.
    ProductEditorDialog *editCurrentProduct();
    // The editor open over the view, if any.
    ProductEditorDialog *editor() const;
    // The bulk edit dialog for the selected products (or, without a selection, the filtered ones), opened
    // over the view; the grid reloads once it has changed products.
    BulkEditDialog *editManyProducts();
    // The CSV import dialog, opened over the view; the grid reloads after an import.
    CsvImportDialog *importProducts();
    // Writes every product the filters match (all statuses unless one is chosen) to a CSV file at path, as
    // the server exports them; exportFinished() says how it went.
    void exportProducts(const QString &path);
    bool isExporting() const { return m_exporting; }

signals:
    void exportFinished(bool ok, const QString &message);

public:
    // The ids of the selected products, in grid order.
    QStringList selectedProductIds() const;
    // The selected rows as tab-separated text with a header line, as Ctrl+C copies them.
    QString selectedRowsText() const;

    ProductsModel *productsModel() const { return m_products; }
    CategoryTreeModel *categoryModel() const { return m_categories; }
    CategoryPanel *categoryPanel() const { return m_categoryPanel; }
    QTableView *productTable() const { return m_table; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void accountChanged(const std::optional<Account> &account);
    void applyFilter();
    // The filter the widgets show, in the model's current order.
    ProductFilter currentFilter() const;
    void showLoadState();
    void showMessage(const QString &message, bool error);
    void updateActions();
    void copySelection();
    ProductEditorDialog *openEditor();

    Session *m_session;
    ProductsModel *m_products;
    CategoryTreeModel *m_categories;
    CategoryPanel *m_categoryPanel;
    QLineEdit *m_search;
    QComboBox *m_status;
    QLineEdit *m_priceRange;
    QPushButton *m_newProduct;
    QPushButton *m_editProduct;
    QPushButton *m_editMany;
    QPushButton *m_csv;
    QPushButton *m_reload;
    QProgressBar *m_progress;
    QLabel *m_notice;  // no permission, or a failed load
    QLabel *m_message; // the outcome of the last save
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_loadMore;
    QTimer *m_searchTimer;
    QPointer<ProductEditorDialog> m_editor;
    QString m_accountId; // whose view this is
    bool m_loaded = false;
    bool m_allowed = false;
    bool m_exporting = false;
};

} // namespace Backroom::Ui
