// SPDX-License-Identifier: MIT
#include "ui/screenshotwriter.h"

#include "ui/connectiondialog.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QPixmap>

#include <memory>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

Domain::Status ScreenshotWriter::save(QWidget &widget, const QString &path)
{
    // A text that changed a moment ago (e.g. the first health answer) may still wait for its relayout, and
    // word-wrapped labels settle one nesting level per pass; a handful of passes covers this window.
    for (int pass = 0; pass < 8; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (!widget.grab().save(path, "PNG"))
        return Domain::fail(Domain::Error::unavailable(
            tr("Could not write the screenshot %1. Check that the directory is writable and the disk is not full.")
                .arg(QDir::toNativeSeparators(path))));
    return {};
}

Domain::Result<QStringList> ScreenshotWriter::write(MainWindow &window, const QString &directory)
{
    const QDir dir(directory);
    if (!dir.mkpath(u"."_s))
        return Domain::fail(Domain::Error::unavailable(
            tr("Could not create the screenshot directory %1. Check the path and its permissions.")
                .arg(QDir::toNativeSeparators(dir.absolutePath()))));

    QStringList written;
    const MainWindow::Area startArea = window.currentArea();
    for (MainWindow::Area area : MainWindow::areas()) {
        window.showArea(area);
        const QString path = dir.absoluteFilePath(MainWindow::areaKey(area) + u".png"_s);
        if (Domain::Status saved = save(window, path); !saved) {
            window.showArea(startArea);
            return Domain::fail(saved.error());
        }
        written.append(path);
    }
    window.showArea(startArea);

    const std::unique_ptr<ConnectionDialog> dialog(window.newConnectionDialog());
    dialog->show();
    const QString dialogPath = dir.absoluteFilePath(u"connection-dialog.png"_s);
    Domain::Status saved = save(*dialog, dialogPath);
    if (!saved)
        return Domain::fail(saved.error());
    written.append(dialogPath);
    return written;
}

} // namespace Backroom::Ui
