// SPDX-License-Identifier: MIT
#include "ui/boughttogetherpanel.h"

#include "domain/money.h"
#include "ui/productsmodel.h"
#include "ui/session.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

BoughtTogetherPanel::BoughtTogetherPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_note(new QLabel(this))
    , m_list(new QListWidget(this))
{
    m_note->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setUniformItemSizes(true);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 7);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_list);
    setProduct({});
}

QString BoughtTogetherPanel::note() const
{
    return m_note->text();
}

void BoughtTogetherPanel::setProduct(const QString &productId)
{
    delete std::exchange(m_request, nullptr);
    m_list->clear();
    m_source.clear();
    if (productId.isEmpty()) {
        m_note->setText(tr("Recommendations appear once the product is saved and active."));
        return;
    }
    m_note->setText(tr("Loading what is bought together…"));
    m_request = new QObject(this);
    QObject *request = m_request;
    m_session->get(u"/api/v1/products/%1/recommendations?limit=%2"_s.arg(productId).arg(limit), request,
                   [this, request](const ApiResponse &response) {
                       request->deleteLater();
                       m_request = nullptr;
                       if (!response.ok) {
                           m_note->setText(response.httpStatus == 404
                                               ? tr("Only active products have recommendations; publish it to see them.")
                                               : tr("Recommendations could not be loaded: %1").arg(response.errorMessage));
                           emit loaded();
                           return;
                       }
                       const QJsonObject answer = response.json.object();
                       m_source = answer.value("source"_L1).toString();
                       const QJsonArray items = answer.value("items"_L1).toArray();
                       for (const QJsonValue &v : items) {
                           const QJsonObject item = v.toObject();
                           const bool popular = item.value("source"_L1).toString() == "popular"_L1;
                           QString text = item.value("title"_L1).toString();
                           if (auto price = Domain::moneyFromJson(item.value("price"_L1), u"price"_s))
                               text += u" — "_s + ProductsModel::moneyText(*price);
                           if (popular)
                               text += u"  "_s + tr("(popular)");
                           auto *row = new QListWidgetItem(text, m_list);
                           row->setData(Qt::UserRole, item.value("id"_L1).toString());
                           row->setData(Qt::UserRole + 1, popular);
                       }
                       if (items.isEmpty())
                           m_note->setText(tr("No orders yet, so nothing to recommend."));
                       else if (m_source == "popular"_L1)
                           m_note->setText(tr("Too little order history for this product: showing the shop's most "
                                              "ordered products instead."));
                       else
                           m_note->setText(tr("Often bought together with this product:"));
                       emit loaded();
                   });
}

} // namespace Backroom::Ui
