// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QJsonObject>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTimer;
QT_END_NAMESPACE

namespace Backroom::Ui {

class Session;

// The refund wizard of one order (its detail JSON, with "refundable"): per line a quantity capped at what
// remains of it and a restock choice (a warehouse, or not to restock: damaged goods), the shipping (capped at
// what remains of it), a goodwill amount (capped at what remains captured), a reason and a note. Every change
// asks the server for its preview (POST …/refunds/preview) and shows it; Refund sends exactly what was
// previewed, with an Idempotency-Key kept until the server answers definitely. Nothing above what remains can
// be entered, and the server refuses whatever is left. GUI thread.
class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int PreviewDelayMs = 250;

    RefundDialog(Session *session, const QJsonObject &order, QWidget *parent = nullptr);

    // The body this refund would send.
    QJsonObject body() const;
    QSpinBox *quantityBox(int line) const;
    QComboBox *restockBox(int line) const;
    QDoubleSpinBox *shippingBox() const { return m_shipping; }
    QDoubleSpinBox *goodwillBox() const { return m_goodwill; }
    QComboBox *reasonBox() const { return m_reason; }
    // The last preview (the server's plan), {} while none is valid.
    QJsonObject preview() const { return m_preview; }
    QString previewText() const;
    bool canConfirm() const;
    bool isBusy() const { return m_previewing || m_sending; }
    // Sends the refund; on success refunded() and the dialog closes.
    void confirm();

signals:
    void refunded(const QJsonObject &refund);

private:
    void schedulePreview();
    void requestPreview();
    void loadWarehouses();
    void updateButtons();
    qint64 minorUnits(const QDoubleSpinBox *box) const;

    Session *m_session;
    QString m_orderId;
    QString m_currency;
    int m_exponent = 2;
    QList<int> m_lineIndex; // table row -> order line
    QJsonObject m_preview;
    QJsonObject m_previewedBody;
    QString m_pendingKey;
    QJsonObject m_pendingBody;
    bool m_previewing = false;
    bool m_sending = false;
    QObject *m_previewRequest = nullptr;

    QLabel *m_title;
    QTableWidget *m_lines;
    QDoubleSpinBox *m_shipping;
    QDoubleSpinBox *m_goodwill;
    QComboBox *m_reason;
    QLineEdit *m_note;
    QLabel *m_previewLabel;
    QDialogButtonBox *m_buttons;
    QTimer *m_previewTimer;
};

} // namespace Backroom::Ui
