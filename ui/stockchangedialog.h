// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace Backroom::Ui {

class Session;
struct StockRow;
struct TransferRow;

// A warehouse as the stock dialogs offer it.
struct WarehouseChoice {
    QString code;
    QString name;
};

// Changes the stock of one SKU: an adjustment (warehouse, signed delta, a reason, a note), a count (warehouse,
// counted quantity, showing the difference it makes), a transfer (from, to, quantity, a note), the receipt of
// (part of) a transfer at its destination, or the SKU's reorder point and quantity. For the moves the
// Idempotency-Key is made when the dialog opens, so sending again after a timeout replays the first answer
// instead of moving stock twice. Missing or impossible input is pointed out before sending; the server's
// problem detail and field errors are shown inline next to their fields. applied() carries the server's
// answer; the dialog then closes. GUI thread.
class StockChangeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Adjustment, Count, Transfer, Receipt, Reorder };

    // Adjustment, Count, Transfer or Reorder of stock's SKU.
    StockChangeDialog(Session *session, Kind kind, const StockRow &stock, const QList<WarehouseChoice> &warehouses,
                      QWidget *parent = nullptr);
    // The receipt of what is still outstanding of transfer (Kind::Receipt).
    StockChangeDialog(Session *session, const TransferRow &transfer, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString sku() const { return m_sku; }
    QString idempotencyKey() const { return m_key; }
    bool isSending() const { return m_sending; }
    // The shown error of a field (a name of the API's body: "delta", "reason", "to", …), empty when none.
    QString fieldError(const QString &field) const;
    // The message above the buttons (the server's detail, or a network failure), empty when none.
    QString message() const;

    // Checks the form and sends it (what the OK button and Enter do).
    void submit();

signals:
    // The server accepted the change: for an adjustment or count {"event","stock"}, for a transfer or a receipt
    // the Transfer, for the reorder settings the StockItem.
    void applied(const QJsonObject &response);

private:
    QJsonObject body() const;
    QList<Domain::FieldError> check() const;
    void showErrors(const QList<Domain::FieldError> &errors);
    void clearErrors();
    void updateDifference();
    QLabel *addErrorLabel(const QString &field);
    QFormLayout *startForm(const QString &subject);
    void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &apiField);
    void finishLayout(QFormLayout *form);

    Session *m_session;
    Kind m_kind;
    QString m_sku;
    QString m_transferId; // of a receipt
    QString m_key;
    QHash<QString, qint64> m_onHand; // by warehouse, when the dialog opened
    QComboBox *m_warehouse = nullptr; // adjustment and count; "from" of a transfer
    QComboBox *m_to = nullptr;
    QSpinBox *m_quantity = nullptr; // delta, counted, quantity or reorder quantity
    QSpinBox *m_point = nullptr;    // reorder point
    QComboBox *m_reason = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_difference = nullptr;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QHash<QString, QLabel *> m_errorLabels;
    bool m_sending = false;
};

} // namespace Backroom::Ui
