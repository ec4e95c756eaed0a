// SPDX-License-Identifier: MIT
#include "ui/screenshotwriter.h"

#include "ui/adminview.h"
#include "ui/connectiondialog.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QTimer>

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
    auto picture = [&](MainWindow::Area area, const QString &name) -> Domain::Status {
        // Bounded above the request timeout: a stuck area is pictured as it is rather than not at all.
        const QDeadlineTimer deadline(std::chrono::seconds(15));
        while (window.isAreaLoading(area) && !deadline.hasExpired()) {
            QEventLoop wait;
            QTimer::singleShot(50, &wait, &QEventLoop::quit);
            wait.exec();
        }
        const QString path = dir.absoluteFilePath(name + u".png"_s);
        if (Domain::Status saved = save(window, path); !saved)
            return saved;
        written.append(path);
        return {};
    };
    for (MainWindow::Area area : window.availableAreas()) {
        window.showArea(area);
        Domain::Status saved = picture(area, MainWindow::areaKey(area));
        // The admin area has a second view, the audit log.
        auto *admin = qobject_cast<AdminView *>(window.areaView(area));
        if (saved && admin && admin->isTabAvailable(AdminView::Tab::AuditLog)
            && admin->currentTab() != AdminView::Tab::AuditLog) {
            const AdminView::Tab startTab = admin->currentTab();
            admin->showTab(AdminView::Tab::AuditLog);
            saved = picture(area, MainWindow::areaKey(area) + u"-audit-log"_s);
            admin->showTab(startTab);
        }
        if (!saved) {
            window.showArea(startArea);
            return Domain::fail(saved.error());
        }
    }
    window.showArea(startArea);

    const std::unique_ptr<LoginDialog> login(window.newLoginDialog(LoginDialog::Purpose::SignIn));
    login->show();
    const QString loginPath = dir.absoluteFilePath(u"login-dialog.png"_s);
    if (Domain::Status saved = save(*login, loginPath); !saved)
        return Domain::fail(saved.error());
    written.append(loginPath);
    login->hide();

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
