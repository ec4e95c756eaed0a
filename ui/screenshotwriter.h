// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QCoreApplication>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Backroom::Ui {

class MainWindow;

// Pictures of the program for documentation and review, e.g. under the offscreen platform.
class ScreenshotWriter
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Ui::ScreenshotWriter)
public:
    // Shows every area of window in turn and saves it as <directory>/<area key>.png, then the connection
    // dialog as connection-dialog.png; creates directory if needed. Returns the files written, or fails
    // (Unavailable) naming the directory or file that could not be written. Leaves the window on the area
    // it started on. GUI thread.
    static Domain::Result<QStringList> write(MainWindow &window, const QString &directory);

private:
    static Domain::Status save(QWidget &widget, const QString &path);
};

} // namespace Backroom::Ui
