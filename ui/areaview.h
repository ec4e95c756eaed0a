// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace Backroom::Ui {

// The page of an area that this version does not offer yet: it says what the area will hold, and that it is
// not available, rather than showing made-up data.
class AreaView : public QWidget
{
    Q_OBJECT
public:
    AreaView(const QString &title, const QString &purpose, QWidget *parent = nullptr);
};

} // namespace Backroom::Ui
