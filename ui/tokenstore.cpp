// SPDX-License-Identifier: MIT
#include "ui/tokenstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {

using Domain::Error;
using Domain::fail;

// Callbacks always run later, also for input refused at once, so callers see one behaviour.
template<typename Callback>
void refuseLater(QObject *store, const QObject *context, Callback callback, const Error &error)
{
    QTimer::singleShot(0, context, [self = QPointer(store), callback = std::move(callback), error] {
        if (self)
            callback(fail(error));
    });
}

// Jobs have no parent on purpose: the libsecret backend keeps a raw pointer to the job until its D-Bus
// call returns, so a job deleted while in flight (e.g. with its parent) would be written to after being
// freed. Jobs delete themselves once finished.
template<typename Job>
Job *newJob(const QString &serviceName, const QString &key)
{
    auto *job = new Job(serviceName);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain QSettings, whatever the library's default becomes
    job->setKey(key);
    return job;
}

} // namespace

TokenStore::TokenStore(QObject *parent)
    : TokenStore(u"Backroom"_s, parent)
{
}

TokenStore::TokenStore(const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_serviceName(serviceName)
{
}

QString TokenStore::keyFor(const QUrl &server, const QString &email)
{
    const QString account = email.trimmed().toLower();
    // The key is "<url> <email>"; no space inside either part keeps it unambiguous.
    if (account.isEmpty() || std::any_of(account.cbegin(), account.cend(), [](QChar c) { return c.isSpace(); }))
        return {};
    if (!server.isValid() || server.scheme().isEmpty() || server.host().isEmpty())
        return {};
    QUrl url = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                               | QUrl::NormalizePathSegments);
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/')) // StripTrailingSlash keeps a lone "/"
        path.chop(1);
    url.setPath(path, QUrl::TolerantMode);
    if ((url.scheme() == "http"_L1 && url.port() == 80) || (url.scheme() == "https"_L1 && url.port() == 443))
        url.setPort(-1);
    return url.toString(QUrl::FullyEncoded) + u' ' + account;
}

void TokenStore::write(const QUrl &server, const QString &email, const QString &refreshToken,
                       const QObject *context, StatusCallback callback)
{
    const QString key = keyFor(server, email);
    if (key.isEmpty() || refreshToken.isEmpty()) {
        const Error error = key.isEmpty()
            ? Error::validation(tr("Backroom needs the server address and the email address to remember a sign-in."))
            : Error::validation(tr("There is no sign-in to remember."));
        refuseLater(this, context, std::move(callback), error);
        return;
    }

    auto *job = newJob<QKeychain::WritePasswordJob>(m_serviceName, key);
    job->setTextData(refreshToken);
    connect(job, &QKeychain::Job::finished, this,
            [this, context = QPointer(context), callback = std::move(callback)](QKeychain::Job *job) {
                Domain::Status status;
                if (job->error() == QKeychain::NoError) {
                    setAvailability(Availability::Available);
                } else {
                    const Error error = keychainError(Operation::Write, *job);
                    setAvailability(Availability::Unavailable, error.message);
                    status = fail(error);
                }
                if (context)
                    callback(status);
            });
    job->start();
}

void TokenStore::read(const QUrl &server, const QString &email, const QObject *context, ReadCallback callback)
{
    const QString key = keyFor(server, email);
    if (key.isEmpty()) {
        const Error error =
            Error::validation(tr("Backroom needs the server address and the email address to find a remembered sign-in."));
        refuseLater(this, context, std::move(callback), error);
        return;
    }

    auto *job = newJob<QKeychain::ReadPasswordJob>(m_serviceName, key);
    connect(job, &QKeychain::Job::finished, this,
            [this, context = QPointer(context), callback = std::move(callback)](QKeychain::Job *job) {
                Domain::Result<std::optional<QString>> result;
                if (job->error() == QKeychain::NoError) {
                    setAvailability(Availability::Available);
                    result = std::optional(static_cast<QKeychain::ReadPasswordJob *>(job)->textData());
                } else if (job->error() == QKeychain::EntryNotFound) {
                    // Proves nothing either way: a locked or missing collection also finds nothing.
                    result = std::optional<QString>();
                } else {
                    const Error error = keychainError(Operation::Read, *job);
                    setAvailability(Availability::Unavailable, error.message);
                    result = fail(error);
                }
                if (context)
                    callback(result);
            });
    job->start();
}

void TokenStore::remove(const QUrl &server, const QString &email, const QObject *context, StatusCallback callback)
{
    const QString key = keyFor(server, email);
    if (key.isEmpty()) {
        const Error error =
            Error::validation(tr("Backroom needs the server address and the email address to find a remembered sign-in."));
        refuseLater(this, context, std::move(callback), error);
        return;
    }

    auto *job = newJob<QKeychain::DeletePasswordJob>(m_serviceName, key);
    connect(job, &QKeychain::Job::finished, this,
            [this, context = QPointer(context), callback = std::move(callback)](QKeychain::Job *job) {
                Domain::Status status;
                if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
                    const Error error = keychainError(Operation::Remove, *job);
                    setAvailability(Availability::Unavailable, error.message);
                    status = fail(error);
                }
                if (context)
                    callback(status);
            });
    job->start();
}

Error TokenStore::keychainError(Operation operation, const QKeychain::Job &job) const
{
    // The backend's own words are the most specific ("Cannot create an item in a locked collection",
    // "Could not connect: No such file or directory"); ours only fill in when it gave none.
    QString detail = job.errorString().trimmed();
    if (detail.isEmpty()) {
        switch (job.error()) {
        case QKeychain::AccessDeniedByUser:
            detail = tr("access was declined");
            break;
        case QKeychain::AccessDenied:
            detail = tr("access was denied");
            break;
        case QKeychain::NoBackendAvailable:
            detail = tr("no keyring service is running");
            break;
        default:
            detail = tr("error %1").arg(int(job.error()));
            break;
        }
    }

    switch (operation) {
    case Operation::Write:
        return Error::unavailable(
            tr("Your system keychain is not available (%1); Backroom will not remember this sign-in. "
               "Unlock or install a keyring (e.g. GNOME Keyring) to stay signed in.")
                .arg(detail));
    case Operation::Read:
        return Error::unavailable(
            tr("Your system keychain is not available (%1), so Backroom cannot use a remembered sign-in. "
               "Sign in again; to stay signed in, unlock or install a keyring (e.g. GNOME Keyring).")
                .arg(detail));
    case Operation::Remove:
        break;
    }
    return Error::unavailable(
        tr("Backroom could not remove the remembered sign-in from your system keychain (%1). Unlock the "
           "keyring and sign out again, or delete the “%2” entry with your keyring manager.")
            .arg(detail, m_serviceName));
}

void TokenStore::setAvailability(Availability availability, const QString &reason)
{
    const bool changed = availability != m_availability;
    m_availability = availability;
    m_unavailableReason = availability == Availability::Unavailable ? reason : QString();
    if (changed)
        emit availabilityChanged(m_availability);
}

} // namespace Backroom::Ui
