// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QColor;
class QLabel;
class QTableView;
class QString;
class QWidget;
QT_END_NAMESPACE

namespace Backroom::Ui {

// The one look of the read-only lists (users, audit log, products): whole rows selected, no editing in
// place, alternating rows, no row numbers, rows of one text line, the last column taking the rest.
void setUpListTable(QTableView *table);

// A hidden label for messages and errors: wrapped plain text a person can select and copy (to quote a
// request id, say). Shown by whoever sets its text.
QLabel *newMessageLabel(const QString &objectName, QWidget *parent);

// The one colour of error text in the desktop.
QColor errorTextColour();

// A message label in the error colour, or back in the normal one.
void setErrorColour(QLabel *label, bool error);

} // namespace Backroom::Ui
