// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace Backroom::Ui {

// The one look of the read-only lists (users, audit log, products): whole rows selected, no editing in
// place, alternating rows, no row numbers, rows of one text line, the last column taking the rest.
void setUpListTable(QTableView *table);

// A message label in the error colour, or back in the normal one.
void setErrorColour(QLabel *label, bool error);

} // namespace Backroom::Ui
