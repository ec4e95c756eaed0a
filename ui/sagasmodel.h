// SPDX-License-Identifier: MIT
#pragma once

#include "domain/checkoutsaga.h"
#include "domain/money.h"
#include "ui/pagedtablemodel.h"

#include <QDateTime>

namespace Backroom::Ui {

// A saga as the monitor's list shows it (an item of GET /api/v1/sagas, or the detail of GET /api/v1/sagas/{id}).
struct SagaRow {
    QString id;
    QString kind;
    Domain::SagaStatus status = Domain::SagaStatus::Running;
    QString step; // the step under way, or the one that failed
    QString email;
    Domain::Money amount;
    QString orderId; // empty: none yet
    int attempts = 0;
    QDateTime nextAttemptAt; // invalid unless unfinished
    QDateTime createdAt;
    QString errorDetail; // what the checkout answered when it failed

    static std::optional<SagaRow> fromJson(const QJsonObject &object);
};

// The sagas of GET /api/v1/sagas, newest first, paged (PagedTableModel), of the chosen statuses (none: the
// server's default, running, compensating and failed). GUI thread.
class SagasModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { StartedColumn, StatusColumn, StepColumn, EmailColumn, AmountColumn, AttemptsColumn, ErrorColumn, ColumnCount };

    explicit SagasModel(Session *session, QObject *parent = nullptr);

    QList<Domain::SagaStatus> statuses() const { return m_statuses; }
    // Takes effect with the next reload().
    void setStatuses(const QList<Domain::SagaStatus> &statuses) { m_statuses = statuses; }

    const SagaRow *saga(int row) const;
    int rowOf(const QString &id) const;
    // Replaces a loaded saga with what the server said of it since; false when it is not loaded.
    bool updateSaga(const SagaRow &saga);

    static QString statusTitle(Domain::SagaStatus status);
    // "Reserve inventory", "Refund payment", … for a step or compensation name; the name itself if unknown.
    static QString stepTitle(const QString &step);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString pagePath(const QString &cursor, int limit) const override;
    void appendItems(const QJsonArray &items) override;
    void clearRows() override;

private:
    QList<Domain::SagaStatus> m_statuses;
    QList<SagaRow> m_rows;
};

} // namespace Backroom::Ui
