// SPDX-License-Identifier: MIT
#pragma once

#include "ui/auditlogmodel.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
QT_END_NAMESPACE

namespace Backroom::Ui {

class UsersModel;

// The audit log for admins: filters (actor, action, entity type, a date range), the paged entries newest
// first, and the selected entry's fields before and after the change. GUI thread.
class AuditLogView : public QWidget
{
    Q_OBJECT
public:
    // users lists the actors to filter by; the accounts loaded so far are offered.
    AuditLogView(AuditLogModel *model, UsersModel *users, QWidget *parent = nullptr);

    // Reads the filter fields and reloads the log; shows what is wrong with them instead, if anything.
    void applyFilters();
    void clearFilters();

private:
    void updateActors();
    void showLoadState();
    void showEntry();

    AuditLogModel *m_model;
    UsersModel *m_users;
    QComboBox *m_actor;
    QLineEdit *m_action;
    QLineEdit *m_entityType;
    QCheckBox *m_fromEnabled;
    QDateEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateEdit *m_to;
    QPushButton *m_apply;
    QPushButton *m_clear;
    QProgressBar *m_progress;
    QLabel *m_message;
    QTableView *m_table;
    QLabel *m_count;
    QLabel *m_details;
    QTableWidget *m_changes;
};

} // namespace Backroom::Ui
