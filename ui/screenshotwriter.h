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
    // Shows every area the signed-in account may use in turn, waits (up to a bound) for what it loads, and
    // saves it as <directory>/<area key>.png (the admin area's audit log also as admin-audit-log.png); then
    // the login dialog as login-dialog.png and the connection
    // dialog as connection-dialog.png. Nobody signed in: the two dialogs only. Creates directory if needed.
    // Returns the files written, or fails (Unavailable) naming the directory or file that could not be
    // written. Leaves the window on the area it started on. GUI thread; runs the event loop while waiting.
    static Domain::Result<QStringList> write(MainWindow &window, const QString &directory);

private:
    static Domain::Status save(QWidget &widget, const QString &path);
};

} // namespace Backroom::Ui
