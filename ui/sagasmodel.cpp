// SPDX-License-Identifier: MIT
#include "ui/sagasmodel.h"

#include "ui/productsmodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

std::optional<SagaRow> SagaRow::fromJson(const QJsonObject &object)
{
    SagaRow row;
    row.id = object.value("id"_L1).toString();
    const auto status = Domain::sagaStatusFromName(object.value("status"_L1).toString());
    if (row.id.isEmpty() || !status)
        return std::nullopt;
    row.status = *status;
    row.kind = object.value("kind"_L1).toString();
    row.step = object.value("step"_L1).toString();
    row.email = object.value("email"_L1).toString();
    const QJsonObject amount = object.value("amount"_L1).toObject();
    row.amount = {amount.value("amount"_L1).toInteger(), amount.value("currency"_L1).toString()};
    row.orderId = object.value("order_id"_L1).toString();
    row.attempts = object.value("attempts"_L1).toInt();
    row.nextAttemptAt = QDateTime::fromString(object.value("next_attempt_at"_L1).toString(), Qt::ISODateWithMs);
    row.createdAt = QDateTime::fromString(object.value("created_at"_L1).toString(), Qt::ISODateWithMs);
    row.errorDetail = object.value("error"_L1).toObject().value("detail"_L1).toString();
    return row;
}

SagasModel::SagasModel(Session *session, QObject *parent)
    : PagedTableModel(session, parent)
{
}

const SagaRow *SagasModel::saga(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SagasModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

bool SagasModel::updateSaga(const SagaRow &saga)
{
    const int row = rowOf(saga.id);
    if (row < 0)
        return false;
    m_rows[row] = saga;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

QString SagasModel::statusTitle(Domain::SagaStatus status)
{
    switch (status) {
    case Domain::SagaStatus::Running:
        return tr("Running");
    case Domain::SagaStatus::Compensating:
        return tr("Compensating");
    case Domain::SagaStatus::Completed:
        return tr("Completed");
    case Domain::SagaStatus::Failed:
        return tr("Failed");
    }
    return {};
}

QString SagasModel::stepTitle(const QString &step)
{
    static const QHash<QString, const char *> titles{
        {u"started"_s, QT_TR_NOOP("Started")},
        {u"reserve_inventory"_s, QT_TR_NOOP("Reserve inventory")},
        {u"process_payment"_s, QT_TR_NOOP("Process payment")},
        {u"create_order"_s, QT_TR_NOOP("Create order")},
        {u"send_confirmation"_s, QT_TR_NOOP("Send confirmation")},
        {u"update_analytics"_s, QT_TR_NOOP("Update analytics")},
        {u"refund_payment"_s, QT_TR_NOOP("Refund payment")},
        {u"release_reservation"_s, QT_TR_NOOP("Release reservation")},
        {u"cancellation_notice"_s, QT_TR_NOOP("Cancellation notice")},
        {u"cancel_order"_s, QT_TR_NOOP("Cancel order")},
    };
    const auto it = titles.constFind(step);
    return it == titles.cend() ? step : tr(*it);
}

int SagasModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SagasModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SagasModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const SagaRow &saga = m_rows.at(index.row());
    switch (index.column()) {
    case StartedColumn:
        return saga.createdAt.isValid() ? QLocale().toString(saga.createdAt.toLocalTime(), QLocale::ShortFormat) : QString();
    case StatusColumn:
        return statusTitle(saga.status);
    case StepColumn:
        return stepTitle(saga.step);
    case EmailColumn:
        return saga.email;
    case AmountColumn:
        return ProductsModel::moneyText(saga.amount);
    case AttemptsColumn:
        return QLocale().toString(saga.attempts);
    case ErrorColumn:
        return saga.errorDetail;
    }
    return {};
}

QVariant SagasModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case StatusColumn:
        return tr("Status");
    case StepColumn:
        return tr("Step");
    case EmailColumn:
        return tr("Email");
    case AmountColumn:
        return tr("Amount");
    case AttemptsColumn:
        return tr("Waits");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

QString SagasModel::pagePath(const QString &cursor, int limit) const
{
    QUrlQuery query;
    QStringList names;
    for (Domain::SagaStatus s : m_statuses)
        names.append(Domain::sagaStatusName(s));
    if (!names.isEmpty())
        query.addQueryItem(u"status"_s, names.join(u','));
    return pageUrl(u"/api/v1/sagas"_s, query, cursor, limit);
}

void SagasModel::appendItems(const QJsonArray &items)
{
    appendParsed(m_rows, items);
}

void SagasModel::clearRows()
{
    m_rows.clear();
}

} // namespace Backroom::Ui
