// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "domain/product.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace Backroom::Ui {

class BoughtTogetherPanel;
class CategoryTreeModel;
class ProductImagesPanel;
class Session;
struct ApiResponse;

// Creates or edits one product: title, description, status, category, specifications (name and value),
// and the variants (SKU, options, barcode, price, compare-at price; one currency for all), and its images
// (ProductImagesPanel: each image change is sent at once, not with Save).
//
// Save checks the form with the domain's rules (Domain::productFromJson for a new product,
// Domain::replaceProduct for a change) and, when they refuse, shows each problem next to its field or in
// its table cell and sends nothing. A change is sent as PUT with If-Match of the version that was opened;
// when someone else changed the product meanwhile (412) the dialog says so and offers to reload their
// version (discarding the edits) or to keep the edits and apply them to their version, for another look
// before saving again. Server refusals naming fields are shown at the fields as well. GUI thread.
class ProductEditorDialog : public QDialog
{
    Q_OBJECT
public:
    enum VariantColumn { SkuColumn, OptionsColumn, BarcodeColumn, PriceColumn, CompareAtColumn, VariantColumnCount };
    enum SpecificationColumn { NameColumn, ValueColumn };

    // categories offers the categories to choose from; it is not changed here.
    ProductEditorDialog(Session *session, CategoryTreeModel *categories, QWidget *parent = nullptr);

    // An empty form for a new product: a draft with one variant, in categoryId when one is given.
    void startNew(const QString &categoryId = {});
    // Loads the product and fills the form with it.
    void load(const QString &productId);

    QString productId() const { return m_id; }
    bool isNew() const { return m_id.isEmpty(); }
    bool isLoading() const { return m_loading; }
    bool isSaving() const { return m_saving; }
    // Whether the last save met a change made by someone else, and the dialog waits for a choice.
    bool hasConflict() const;
    // The problems shown, by the domain's field path ("variants[1].price.amount"), or "" for the form.
    QHash<QString, QString> fieldErrors() const { return m_fieldErrors; }

    // Checks and sends; see the class comment.
    void save();
    // After a conflict: throws the edits away and shows the current version.
    void reloadDiscardingEdits();
    // After a conflict: reads the current version and applies the edits made here onto it.
    void reapplyEditsOnCurrent();

    // The form as an API body ({title, description, specifications, status, primary_category_id,
    // variants}) and the problems found while reading it (a price that is not a number, an option without
    // "=", a specification name given twice).
    struct FormBody {
        QJsonObject body;
        QList<Domain::FieldError> errors;
    };
    FormBody formBody() const;

    // The product members a form edits, from the server's JSON of a product, in the shape Product::toJson
    // has; nullopt when the domain cannot read it.
    static std::optional<QJsonObject> editableJson(const QJsonObject &product);
    // Edits made from base to mine, applied onto theirs: every member (each specification on its own) that
    // mine changed takes mine's value, the rest take theirs. conflicts names the members both changed
    // differently (mine is kept).
    static QJsonObject mergeEdits(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs,
                                  QStringList *conflicts = nullptr);

    // The table widgets, for tests and accessibility.
    QTableWidget *variantsTable() const { return m_variants; }
    QTableWidget *specificationsTable() const { return m_specifications; }
    ProductImagesPanel *imagesPanel() const { return m_images; }
    BoughtTogetherPanel *boughtTogetherPanel() const { return m_boughtTogether; }

signals:
    // The server accepted the product; product is its JSON as the server answered.
    void saved(const QJsonObject &product, bool created);

protected:
    void done(int result) override;

private:
    void fetch(const std::function<void(const QJsonObject &product)> &then);
    // Takes the server's JSON of the product as the version being edited.
    void adopt(const QJsonObject &product);
    // Puts an editableJson() shape into the form.
    void fillForm(const QJsonObject &editable);
    void fillCategories();
    void setCategory(const QString &id);
    void addSpecificationRow(const QString &name = {}, const QString &value = {});
    void addVariantRow(const QJsonObject &variant = {});
    void removeSelectedRows(QTableWidget *table);
    void clearErrors();
    void showErrors(const QList<Domain::FieldError> &unordered);
    // Where a field path is shown: a widget's error label, or a table cell.
    struct Target {
        QLabel *label = nullptr;
        QWidget *widget = nullptr;
        QTableWidget *table = nullptr;
        int row = -1;
        int column = -1;
        QString title; // the field's name for a person
        int rank = 0;  // the place in the form, top to bottom, left to right
    };
    Target targetOf(const QString &field, const QString &message = {}) const;
    QString fieldTitle(const QString &field) const;
    void saveFinished(const ApiResponse &response);
    void showConflict();
    void showNotice(const QString &text, bool error);
    void setBusy(bool loading, bool saving);
    QString currency() const;

    Session *m_session;
    CategoryTreeModel *m_categories;
    QString m_id;
    int m_version = 0;
    QJsonObject m_base; // the version opened, as editableJson() gives it
    std::optional<Domain::Product> m_current;
    bool m_loading = false;
    bool m_saving = false;
    QObject *m_request = nullptr;
    QHash<QString, QString> m_fieldErrors;

    QLabel *m_notice;
    QFrame *m_conflict;
    QLabel *m_conflictText;
    QPushButton *m_reloadTheirs;
    QPushButton *m_keepMine;
    QLineEdit *m_title;
    QLabel *m_titleError;
    QPlainTextEdit *m_description;
    QLabel *m_descriptionError;
    QComboBox *m_status;
    QLabel *m_statusError;
    QComboBox *m_category;
    QLabel *m_categoryError;
    QComboBox *m_currency;
    QLabel *m_currencyError;
    QTableWidget *m_specifications;
    QLabel *m_specificationsError;
    QTableWidget *m_variants;
    QLabel *m_variantsError;
    ProductImagesPanel *m_images;
    BoughtTogetherPanel *m_boughtTogether;
    QLabel *m_errorSummary;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
};

} // namespace Backroom::Ui
