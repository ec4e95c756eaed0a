// SPDX-License-Identifier: MIT
#include "ui/auditlogview.h"

#include "ui/usersmodel.h"
#include "ui/viewstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {

// A field's value as one line: strings as they are, everything else as compact JSON.
QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

AuditLogView::AuditLogView(AuditLogModel *model, UsersModel *users, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_users(users)
    , m_actor(new QComboBox(this))
    , m_action(new QLineEdit(this))
    , m_entityType(new QLineEdit(this))
    , m_fromEnabled(new QCheckBox(tr("Fro&m:"), this))
    , m_from(new QDateEdit(this))
    , m_toEnabled(new QCheckBox(tr("T&o:"), this))
    , m_to(new QDateEdit(this))
    , m_apply(new QPushButton(tr("A&pply Filters"), this))
    , m_clear(new QPushButton(tr("C&lear Filters"), this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_details(new QLabel(this))
    , m_changes(new QTableWidget(this))
{
    m_actor->setObjectName(u"actorFilter"_s);
    m_actor->setMinimumContentsLength(24);
    m_action->setObjectName(u"actionFilter"_s);
    m_action->setPlaceholderText(tr("e.g. user.update, or user. for all"));
    m_action->setClearButtonEnabled(true);
    m_entityType->setObjectName(u"entityTypeFilter"_s);
    m_entityType->setPlaceholderText(tr("e.g. user"));
    m_entityType->setClearButtonEnabled(true);
    m_fromEnabled->setObjectName(u"fromEnabled"_s);
    m_toEnabled->setObjectName(u"toEnabled"_s);
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDate(QDate::currentDate());
        date->setEnabled(false);
    }
    m_from->setObjectName(u"fromDate"_s);
    m_from->setAccessibleName(tr("First day"));
    m_to->setObjectName(u"toDate"_s);
    m_to->setAccessibleName(tr("Last day"));
    m_apply->setObjectName(u"applyFilters"_s);
    m_clear->setObjectName(u"clearFilters"_s);

    auto *actorLabel = new QLabel(tr("&Actor:"), this);
    actorLabel->setBuddy(m_actor);
    auto *actionLabel = new QLabel(tr("Act&ion:"), this);
    actionLabel->setBuddy(m_action);
    auto *entityLabel = new QLabel(tr("Entity &type:"), this);
    entityLabel->setBuddy(m_entityType);

    auto *filters = new QGridLayout;
    filters->addWidget(actorLabel, 0, 0);
    filters->addWidget(m_actor, 0, 1);
    filters->addWidget(actionLabel, 0, 2);
    filters->addWidget(m_action, 0, 3);
    filters->addWidget(entityLabel, 0, 4);
    filters->addWidget(m_entityType, 0, 5);
    filters->addWidget(m_fromEnabled, 1, 0);
    filters->addWidget(m_from, 1, 1);
    filters->addWidget(m_toEnabled, 1, 2);
    filters->addWidget(m_to, 1, 3);
    auto *filterButtons = new QHBoxLayout;
    filterButtons->addWidget(m_apply);
    filterButtons->addWidget(m_clear);
    filterButtons->addStretch();
    filters->addLayout(filterButtons, 1, 4, 1, 2);
    filters->setColumnStretch(3, 1);
    filters->setColumnStretch(5, 1);

    m_progress->setObjectName(u"auditProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_message->setObjectName(u"auditMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setErrorColour(m_message, true);
    m_message->setVisible(false);
    m_count->setObjectName(u"auditCount"_s);

    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_model);
    setUpListTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setColumnWidth(AuditLogModel::TimeColumn, fontMetrics().averageCharWidth() * 22);
    m_table->setColumnWidth(AuditLogModel::ActorColumn, fontMetrics().averageCharWidth() * 30);
    m_table->setColumnWidth(AuditLogModel::ActionColumn, fontMetrics().averageCharWidth() * 20);
    m_table->setColumnWidth(AuditLogModel::EntityColumn, fontMetrics().averageCharWidth() * 20);

    m_details->setObjectName(u"auditDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_changes->setObjectName(u"auditChanges"_s);
    m_changes->setColumnCount(3);
    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->verticalHeader()->setVisible(false);
    m_changes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details);
    detailsLayout->addWidget(m_changes, 1);
    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_count);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tablePane);
    splitter->addWidget(detailsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    setTabOrder(m_actor, m_action);
    setTabOrder(m_action, m_entityType);
    setTabOrder(m_entityType, m_fromEnabled);
    setTabOrder(m_fromEnabled, m_from);
    setTabOrder(m_from, m_toEnabled);
    setTabOrder(m_toEnabled, m_to);
    setTabOrder(m_to, m_apply);
    setTabOrder(m_apply, m_clear);
    setTabOrder(m_clear, m_table);

    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_apply, &QPushButton::clicked, this, &AuditLogView::applyFilters);
    connect(m_clear, &QPushButton::clicked, this, &AuditLogView::clearFilters);
    for (QLineEdit *edit : {m_action, m_entityType})
        connect(edit, &QLineEdit::returnPressed, this, &AuditLogView::applyFilters);
    connect(m_model, &AuditLogModel::loadingChanged, this, &AuditLogView::showLoadState);
    connect(m_model, &AuditLogModel::pageLoaded, this, &AuditLogView::showLoadState);
    connect(m_model, &AuditLogModel::loadFailed, this, &AuditLogView::showLoadState);
    connect(m_model, &AuditLogModel::modelReset, this, &AuditLogView::showEntry);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditLogView::showEntry);
    connect(m_users, &UsersModel::modelReset, this, &AuditLogView::updateActors);
    connect(m_users, &UsersModel::rowsInserted, this, &AuditLogView::updateActors);
    connect(m_users, &UsersModel::dataChanged, this, &AuditLogView::updateActors);
    updateActors();
    showLoadState();
    showEntry();
}

void AuditLogView::updateActors()
{
    const QString selected = m_actor->currentData().toString();
    m_actor->clear();
    m_actor->addItem(tr("Anyone"), QString());
    for (int row = 0; row < m_users->rowCount(); ++row) {
        const UserRow *user = m_users->user(row);
        m_actor->addItem(user->email, user->id);
    }
    // An actor chosen earlier stays chosen, also when the accounts are being reloaded.
    if (!selected.isEmpty() && m_actor->findData(selected) < 0)
        m_actor->addItem(tr("User %1").arg(selected), selected);
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(selected)));
}

void AuditLogView::applyFilters()
{
    AuditFilter filter;
    filter.actorId = m_actor->currentData().toString();
    filter.action = m_action->text().trimmed();
    filter.entityType = m_entityType->text().trimmed();
    if (m_fromEnabled->isChecked())
        filter.from = m_from->date();
    if (m_toEnabled->isChecked())
        filter.to = m_to->date();
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to) {
        m_message->setText(tr("The first day (%1) is after the last day (%2). Choose dates in order.")
                               .arg(QLocale().toString(filter.from, QLocale::ShortFormat),
                                    QLocale().toString(filter.to, QLocale::ShortFormat)));
        m_message->setVisible(true);
        m_from->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_model->setFilter(filter);
    m_model->reload();
}

void AuditLogView::clearFilters()
{
    m_actor->setCurrentIndex(0);
    m_action->clear();
    m_entityType->clear();
    m_fromEnabled->setChecked(false);
    m_toEnabled->setChecked(false);
    applyFilters();
}

void AuditLogView::showLoadState()
{
    m_progress->setVisible(m_model->isLoading());
    const QString error = m_model->errorMessage();
    m_message->setText(error.isEmpty() ? QString()
                                       : tr("The audit log could not be loaded: %1\nCheck the filters and apply them "
                                            "again.")
                                             .arg(error));
    m_message->setVisible(!error.isEmpty());
    const int rows = m_model->rowCount();
    if (m_model->isLoading())
        m_count->setText(tr("Loading the audit log…"));
    else if (m_model->canFetchMore({}))
        m_count->setText(tr("Entries shown: %L1, newest first; scroll down for older ones.").arg(rows));
    else if (rows == 0 && error.isEmpty() && m_model->isStarted())
        m_count->setText(tr("No entries match these filters."));
    else
        m_count->setText(tr("Entries: %L1, newest first.").arg(rows));
}

void AuditLogView::showEntry()
{
    const QModelIndex current = m_table->currentIndex();
    const AuditEntry *entry = current.isValid() ? m_model->entry(current.row()) : nullptr;
    m_changes->setRowCount(0);
    if (!entry) {
        m_details->setText(tr("Select an entry to see what it changed."));
        return;
    }
    const QString when = entry->at.isValid() ? QLocale().toString(entry->at.toLocalTime(), QLocale::LongFormat)
                                             : QString();
    const QString who = entry->actorEmail.isEmpty() ? tr("the system") : entry->actorEmail;
    m_details->setText(tr("%1 by %2 on %3 %4, from %5; request id %6.")
                           .arg(entry->action, who, entry->entityType, entry->entityId,
                                entry->remoteAddress.isEmpty() ? tr("an unknown address") : entry->remoteAddress,
                                entry->requestId.isEmpty() ? tr("none") : entry->requestId)
                       + u'\n' + when);

    // One row per field that either side names, in the order they first appear.
    const QJsonObject before = entry->before.toObject();
    const QJsonObject after = entry->after.toObject();
    QStringList fields = before.keys();
    for (const QString &key : after.keys()) {
        if (!fields.contains(key))
            fields.append(key);
    }
    m_changes->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const QString &field = fields.at(row);
        const QString old = before.contains(field) ? valueText(before.value(field)) : tr("—", "no value");
        const QString now = after.contains(field) ? valueText(after.value(field)) : tr("—", "no value");
        m_changes->setItem(row, 0, new QTableWidgetItem(field));
        m_changes->setItem(row, 1, new QTableWidgetItem(old));
        m_changes->setItem(row, 2, new QTableWidgetItem(now));
        if (old != now) {
            QFont bold = m_changes->font();
            bold.setBold(true);
            m_changes->item(row, 0)->setFont(bold);
        }
    }
}

} // namespace Backroom::Ui
