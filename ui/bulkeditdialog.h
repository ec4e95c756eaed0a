// SPDX-License-Identifier: MIT
#pragma once

#include "ui/productsmodel.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
QT_END_NAMESPACE

namespace Backroom::Ui {

class JobWatcher;
class Session;

// Changes many products at once (POST /api/v1/products/bulk): their price (set to an amount, up or down by
// a percentage or by an amount), their status and/or their category, for the products selected in the
// grid or for every product the grid's filters match. Preview asks the server what would change (a dry
// run: nothing is changed) and lists it product by product with the products the change would break;
// Apply is offered only after a preview of exactly the form shown, and only when nothing would be
// refused. The server applies it as one job, all or nothing, whose progress the dialog shows. GUI thread.
class BulkEditDialog : public QDialog
{
    Q_OBJECT
public:
    enum PriceMode { SetPrice, RaiseByPercent, LowerByPercent, RaiseByAmount, LowerByAmount };
    enum PreviewColumn { ProductColumn, BeforeColumn, AfterColumn, PreviewColumnCount };

    // selectedIds: the grid's selection (may be empty); filter: the grid's filters. categoryNames: id →
    // name of the categories to move to. currency: the price currency the form starts with.
    BulkEditDialog(Session *session, const QStringList &selectedIds, const ProductFilter &filter,
                   const QHash<QString, QString> &categoryNames, const QString &currency, QWidget *parent = nullptr);

    // The request the form makes; an error for a person when the form is not complete or a number is not
    // one. dryRun: a preview.
    struct Request {
        QJsonObject body;
        QString error;
    };
    Request request(bool dryRun) const;

    void preview();
    void apply();

    bool isBusy() const { return m_busy; }
    bool canApply() const;
    QTableWidget *previewTable() const { return m_preview; }
    QString summaryText() const;

signals:
    // The products changed: the job succeeded.
    void applied();

private:
    void formChanged();
    void showPreview(const QJsonObject &answer);
    void showError(const QString &message);
    void setBusy(bool busy);
    void jobFinished(const QJsonObject &job);
    QString describe(const QJsonObject &state) const;

    Session *m_session;
    QStringList m_selectedIds;
    ProductFilter m_filter;
    QHash<QString, QString> m_categoryNames;
    QRadioButton *m_selectedScope;
    QRadioButton *m_filterScope;
    QCheckBox *m_changePrice;
    QComboBox *m_priceMode;
    QLineEdit *m_priceValue;
    QComboBox *m_currency;
    QCheckBox *m_changeStatus;
    QComboBox *m_status;
    QCheckBox *m_changeCategory;
    QComboBox *m_category;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QLabel *m_message;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_previewButton;
    QPushButton *m_applyButton;
    JobWatcher *m_job;
    QJsonObject m_previewedBody; // the request the shown preview answered; Apply sends exactly it
    bool m_previewClean = false; // the preview refused nothing
    bool m_busy = false;
};

} // namespace Backroom::Ui
