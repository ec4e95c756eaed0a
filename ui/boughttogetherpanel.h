// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace Backroom::Ui {

class Session;

// The product's "bought together" list, as the storefront gets it (GET /api/v1/products/{id}/recommendations):
// products often ordered with it, or, while it has too little order history, the shop's most ordered
// products — said so above the list and next to each such item. Only active products have one. GUI thread.
class BoughtTogetherPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int limit = 10;

    explicit BoughtTogetherPanel(Session *session, QWidget *parent = nullptr);

    // Reads the product's list (again); an empty id clears it (a new product has none).
    void setProduct(const QString &productId);

    QListWidget *list() const { return m_list; }
    QString note() const;
    // "co-occurrence", "popular", or empty before an answer (or after a failure).
    QString source() const { return m_source; }
    bool isLoading() const { return m_request != nullptr; }

signals:
    void loaded();

private:
    Session *m_session;
    QObject *m_request = nullptr;
    QString m_source;
    QLabel *m_note;
    QListWidget *m_list;
};

} // namespace Backroom::Ui
