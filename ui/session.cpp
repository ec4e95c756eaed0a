// SPDX-License-Identifier: MIT
#include "ui/session.h"

#include "ui/tokenstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {

using Domain::Error;
using Domain::ErrorCode;

const QString LoginPath = u"/api/v1/auth/login"_s;
const QString RefreshPath = u"/api/v1/auth/refresh"_s;
const QString LogoutPath = u"/api/v1/auth/logout"_s;
const QString MePath = u"/api/v1/me"_s;

ErrorCode errorCodeFor(const ApiResponse &response)
{
    switch (response.httpStatus) {
    case 0:
        return ErrorCode::Unavailable;
    case 400:
    case 422:
        return ErrorCode::Validation;
    case 401:
        return ErrorCode::Unauthorized;
    case 403:
        return ErrorCode::Forbidden;
    case 404:
        return ErrorCode::NotFound;
    case 409:
        return ErrorCode::Conflict;
    case 412:
        return ErrorCode::Stale;
    case 429:
    case 503:
        return ErrorCode::Unavailable;
    default:
        return ErrorCode::Internal;
    }
}

// Answers later, on context's thread, unless context is gone by then.
void answerLater(const QObject *context, ApiClient::Callback callback, const ApiResponse &response)
{
    if (context)
        QTimer::singleShot(0, context, [callback = std::move(callback), response] { callback(response); });
}

QJsonDocument refreshTokenBody(const QString &refreshToken)
{
    return QJsonDocument(QJsonObject{{u"refresh_token"_s, refreshToken}});
}

// The server refuses this session for good (as opposed to not answering, or failing for a while).
bool refusesSession(const ApiResponse &response)
{
    return response.httpStatus == 400 || response.httpStatus == 401 || response.httpStatus == 403;
}

} // namespace

bool Account::hasBackOfficeAccess() const
{
    return std::any_of(roles.cbegin(), roles.cend(), Domain::isStaffRole);
}

QString Account::displayName() const
{
    return name.isEmpty() ? email : u"%1 (%2)"_s.arg(name, email);
}

std::optional<Account> Account::fromJson(const QJsonObject &object)
{
    Account account;
    const QJsonValue id = object.value("id"_L1);
    account.id = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
    account.email = object.value("email"_L1).toString();
    account.name = object.value("name"_L1).toString();
    // Roles this program does not know (a newer server) grant nothing here; the server still checks.
    for (const QJsonValue &role : object.value("roles"_L1).toArray()) {
        if (const std::optional<Domain::Role> known = Domain::roleFromName(role.toString()))
            account.roles.append(*known);
    }
    if (account.id.isEmpty() || account.email.isEmpty())
        return std::nullopt;
    return account;
}

Session::Session(ApiClient *api, TokenStore *store, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
{
}

std::optional<Session::Tokens> Session::tokensFrom(const ApiResponse &response)
{
    const QJsonObject object = response.json.object();
    Tokens tokens{object.value("access_token"_L1).toString(), object.value("refresh_token"_L1).toString()};
    if (tokens.access.isEmpty() || tokens.refresh.isEmpty())
        return std::nullopt;
    return tokens;
}

QString Session::signInFailure(const ApiResponse &response)
{
    // What the server says about the person's own input (wrong password, disabled account, too many
    // attempts) needs no request id; a failure of the server does.
    if (response.problem && response.httpStatus >= 400 && response.httpStatus < 500)
        return response.problem->userMessage();
    return response.errorMessage;
}

ApiResponse Session::notSignedIn(const QString &message)
{
    ApiResponse response;
    response.errorMessage = message;
    return response;
}

void Session::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(m_state);
}

void Session::signIn(const QUrl &server, const QString &email, const QString &password, Remember remember,
                     const QObject *context, SignInCallback callback)
{
    m_api->setBaseUrl(server);
    const QJsonDocument body(QJsonObject{{u"email"_s, email.trimmed()}, {u"password"_s, password}});
    m_api->post(LoginPath, body, context,
                [self = QPointer(this), server, remember, context = QPointer(context),
                 callback = std::move(callback)](const ApiResponse &response) {
                    if (!self)
                        return;
                    if (!response.ok) {
                        callback({Domain::fail(Error{errorCodeFor(response), signInFailure(response), {}}), {}});
                        return;
                    }
                    const std::optional<Tokens> tokens = tokensFrom(response);
                    if (!tokens) {
                        callback({Domain::fail(Error::internal(
                                      tr("The server at %1 accepted the sign-in but sent no tokens. Check that the "
                                         "address points at a Backroom server of a matching version.")
                                          .arg(server.toDisplayString()))),
                                  {}});
                        return;
                    }
                    self->finishSignIn(server, *tokens, remember, false, context, callback);
                });
}

void Session::resume(const QUrl &server, const QString &email, const QObject *context, SignInCallback callback)
{
    if (!m_store) {
        QTimer::singleShot(0, context, [callback = std::move(callback)] {
            callback({Domain::fail(Error::notFound(tr("No sign-in is remembered."))), {}});
        });
        return;
    }
    m_api->setBaseUrl(server);
    m_store->read(
        server, email, context,
        [self = QPointer(this), server, email, context = QPointer(context),
         callback = std::move(callback)](const Domain::Result<std::optional<QString>> &token) {
            if (!self || !context)
                return;
            if (!token) {
                callback({Domain::fail(token.error()), {}});
                return;
            }
            if (!token->has_value()) {
                callback({Domain::fail(Error::notFound(
                              tr("No sign-in is remembered for %1 at %2.").arg(email, server.toDisplayString()))),
                          {}});
                return;
            }
            self->m_api->post(
                RefreshPath, refreshTokenBody(**token), context,
                [self, server, email, context, callback](const ApiResponse &response) {
                    if (!self)
                        return;
                    if (refusesSession(response)) {
                        // The contract of TokenStore: a token the server refuses goes.
                        self->m_store->remove(server, email, self, [](const Domain::Status &) {});
                        const QString reason = response.problem ? response.problem->userMessage() : response.errorMessage;
                        callback({Domain::fail(Error{ErrorCode::Unauthorized,
                                                     tr("The remembered sign-in is no longer valid: %1").arg(reason),
                                                     {}}),
                                  {}});
                        return;
                    }
                    const std::optional<Tokens> tokens = response.ok ? tokensFrom(response) : std::nullopt;
                    if (!tokens) {
                        // Kept in the keychain: the server may only be down for now.
                        callback({Domain::fail(Error{errorCodeFor(response), response.errorMessage, {}}), {}});
                        return;
                    }
                    // The old token is spent now; should reading the account fail, the next start needs this
                    // one (presenting the spent one again would end the session for good).
                    self->m_store->write(server, email, tokens->refresh, self, [](const Domain::Status &) {});
                    self->finishSignIn(server, *tokens, Remember::Yes, true, context, callback);
                });
        });
}

void Session::finishSignIn(const QUrl &server, const Tokens &tokens, Remember remember, bool fromKeychain,
                           QPointer<const QObject> context, SignInCallback callback)
{
    if (!context)
        return;
    m_api->send({QByteArrayLiteral("GET"), MePath, std::nullopt, tokens.access}, context,
                [self = QPointer(this), server, tokens, remember, fromKeychain, context,
                 callback = std::move(callback)](const ApiResponse &response) {
                    if (!self)
                        return;
                    if (!response.ok) {
                        callback({Domain::fail(Error{errorCodeFor(response), response.errorMessage, {}}), {}});
                        return;
                    }
                    const std::optional<Account> account = Account::fromJson(response.json.object());
                    if (!account) {
                        callback({Domain::fail(Error::internal(
                                      tr("The server at %1 described the account in a way this program does not "
                                         "understand. Check that it is a Backroom server of a matching version.")
                                          .arg(server.toDisplayString()))),
                                  {}});
                        return;
                    }
                    if (!account->hasBackOfficeAccess()) {
                        // End the new session again: nothing here may use it.
                        self->m_api->send({QByteArrayLiteral("POST"), LogoutPath, refreshTokenBody(tokens.refresh),
                                           tokens.access},
                                          self, [](const ApiResponse &) {});
                        if (fromKeychain && self->m_store)
                            self->m_store->remove(server, account->email, self, [](const Domain::Status &) {});
                        callback({Domain::fail(Error{ErrorCode::Forbidden,
                                                     tr("The account %1 has no back-office access. Sign in with a "
                                                        "staff account, or ask an administrator to give this one a "
                                                        "staff role.")
                                                         .arg(account->email),
                                                     {}}),
                                  {}});
                        return;
                    }

                    self->commit(server, tokens, *account, remember);
                    TokenStore *store = self->m_store;
                    if (remember == Remember::Yes && store) {
                        store->write(server, account->email, tokens.refresh, context,
                                     [callback](const Domain::Status &written) {
                                         callback({{}, written ? QString() : written.error().message});
                                     });
                        return;
                    }
                    if (remember == Remember::No && store)
                        store->remove(server, account->email, self, [](const Domain::Status &) {});
                    callback({{}, {}});
                });
}

void Session::commit(const QUrl &server, const Tokens &tokens, const Account &account, Remember remember)
{
    const bool otherAccount = m_account && (m_account->id != account.id || m_server != server);
    ++m_generation;
    m_server = server;
    m_tokens = tokens;
    m_account = account;
    m_remember = m_store ? remember : Remember::Nothing;
    m_holdRequests = false;
    setState(State::SignedIn);
    if (otherAccount)
        answerWaiting(notSignedIn(tr("This was not sent because another account signed in. Try it again if it "
                                     "still applies.")));
    emit accountChanged(m_account);
    sendWaiting();
}

void Session::signOut(const QObject *context, StatusCallback callback)
{
    const Tokens tokens = m_tokens;
    const QUrl server = m_server;
    const QString email = m_account ? m_account->email : QString();
    const Remember remember = m_remember;
    const bool wasSignedIn = m_state != State::SignedOut;

    ++m_generation;
    m_tokens = {};
    m_account.reset();
    m_remember = Remember::Nothing;
    m_holdRequests = false;
    setState(State::SignedOut);
    answerWaiting(notSignedIn(tr("This was not sent because you signed out.")));
    if (wasSignedIn)
        emit accountChanged(m_account);

    // The outcome of the two clean-ups, reported once both are done.
    struct Outcome {
        QStringList problems;
        int open = 2;
    };
    auto outcome = std::make_shared<Outcome>();
    auto done = [outcome, context = QPointer(context), callback = std::move(callback)](const QString &problem) {
        if (!problem.isEmpty())
            outcome->problems.append(problem);
        if (--outcome->open > 0 || !context)
            return;
        if (outcome->problems.isEmpty())
            callback({});
        else
            callback(Domain::fail(Error::unavailable(outcome->problems.join(u'\n'))));
    };

    if (remember != Remember::Nothing && m_store && !email.isEmpty())
        m_store->remove(server, email, this, [done](const Domain::Status &removed) {
            done(removed ? QString() : removed.error().message);
        });
    else
        QTimer::singleShot(0, this, [done] { done({}); });

    if (tokens.refresh.isEmpty())
        QTimer::singleShot(0, this, [done] { done({}); });
    else
        endOnServer(server, tokens, true, done);
}

void Session::endOnServer(const QUrl &server, const Tokens &tokens, bool mayRenew,
                          const std::function<void(const QString &)> &done)
{
    auto failed = [server](const ApiResponse &response) {
        return tr("You are signed out here, but the server at %1 could not end the session (%2). It ends by "
                  "itself when it expires.")
            .arg(server.toDisplayString(), response.errorMessage);
    };
    m_api->send({QByteArrayLiteral("POST"), LogoutPath, refreshTokenBody(tokens.refresh), tokens.access}, this,
                [this, server, tokens, mayRenew, done, failed](const ApiResponse &response) {
                    if (response.ok) {
                        done({});
                        return;
                    }
                    if (response.httpStatus != 401 || !mayRenew) {
                        done(failed(response));
                        return;
                    }
                    // The access token expired: renew it once so that the server can still end the session.
                    m_api->post(RefreshPath, refreshTokenBody(tokens.refresh), this,
                                [this, server, done, failed](const ApiResponse &renewed) {
                                    if (refusesSession(renewed)) { // it has ended already
                                        done({});
                                        return;
                                    }
                                    const std::optional<Tokens> next = renewed.ok ? tokensFrom(renewed) : std::nullopt;
                                    if (!next)
                                        done(failed(renewed));
                                    else
                                        endOnServer(server, *next, false, done);
                                });
                });
}

void Session::get(const QString &path, const QObject *context, ApiClient::Callback callback)
{
    send({QByteArrayLiteral("GET"), path, std::nullopt, {}}, context, std::move(callback));
}

void Session::post(const QString &path, const QJsonDocument &body, const QObject *context,
                   ApiClient::Callback callback)
{
    send({QByteArrayLiteral("POST"), path, body, {}}, context, std::move(callback));
}

void Session::patch(const QString &path, const QJsonDocument &body, const QObject *context,
                    ApiClient::Callback callback)
{
    send({QByteArrayLiteral("PATCH"), path, body, {}}, context, std::move(callback));
}

void Session::deleteResource(const QString &path, const QObject *context, ApiClient::Callback callback)
{
    send({QByteArrayLiteral("DELETE"), path, std::nullopt, {}}, context, std::move(callback));
}

void Session::send(ApiRequest request, const QObject *context, ApiClient::Callback callback)
{
    Pending pending{std::move(request), context, std::move(callback)};
    switch (m_state) {
    case State::SignedOut:
        answerLater(context, std::move(pending.callback),
                    notSignedIn(tr("You are not signed in. Sign in (File › Sign In…) and try again.")));
        return;
    case State::SignInRequired:
        if (!m_holdRequests) {
            answerLater(context, std::move(pending.callback),
                        notSignedIn(tr("Your session has ended. Sign in again (File › Sign In…) and try again.")));
            return;
        }
        m_waiting.append(std::move(pending));
        return;
    case State::Refreshing:
        m_waiting.append(std::move(pending));
        return;
    case State::SignedIn:
        dispatch(std::move(pending));
        return;
    }
}

void Session::dispatch(Pending pending)
{
    const QObject *context = pending.context.data();
    if (!context)
        return;
    const QString token = m_tokens.access;
    ApiRequest request = pending.request;
    request.bearerToken = token;
    m_api->send(request, context,
                [self = QPointer(this), pending = std::move(pending), token](const ApiResponse &response) mutable {
                    if (!self || response.httpStatus != 401 || pending.retried) {
                        pending.callback(response);
                        return;
                    }
                    self->unauthorized(std::move(pending), token, response);
                });
}

void Session::unauthorized(Pending pending, const QString &usedToken, const ApiResponse &response)
{
    pending.retried = true;
    switch (m_state) {
    case State::SignedOut:
        pending.callback(response);
        return;
    case State::SignedIn:
        if (usedToken != m_tokens.access) { // renewed while this request was under way
            dispatch(std::move(pending));
            return;
        }
        m_waiting.append(std::move(pending));
        startRefresh();
        return;
    case State::Refreshing:
        m_waiting.append(std::move(pending));
        return;
    case State::SignInRequired:
        if (m_holdRequests)
            m_waiting.append(std::move(pending));
        else
            pending.callback(response);
        return;
    }
}

void Session::startRefresh()
{
    setState(State::Refreshing);
    const quint64 generation = m_generation;
    m_api->post(RefreshPath, refreshTokenBody(m_tokens.refresh), this, [this, generation](const ApiResponse &response) {
        if (generation != m_generation) // signed out or in again meanwhile
            return;
        const std::optional<Tokens> tokens = response.ok ? tokensFrom(response) : std::nullopt;
        if (tokens) {
            m_tokens = *tokens;
            setState(State::SignedIn);
            rememberToken();
            emit refreshed();
            sendWaiting();
            return;
        }
        if (refusesSession(response)) {
            m_tokens = {};
            m_holdRequests = true;
            if (m_remember == Remember::Yes && m_store)
                m_store->remove(m_server, m_account->email, this, [](const Domain::Status &) {});
            setState(State::SignInRequired);
            const QString reason = response.problem ? response.problem->userMessage() : response.errorMessage;
            emit signInRequired(tr("The server ended your session: %1").arg(reason));
            return;
        }
        // No answer, or the server failing: the session may well be fine. These requests fail with the
        // reason; the next ones try again.
        setState(State::SignedIn);
        ApiResponse failure = response;
        failure.ok = false;
        if (response.ok)
            failure.errorMessage = tr("The server at %1 renewed the session without sending new tokens. Check that "
                                      "it is a Backroom server of a matching version.")
                                       .arg(m_server.toDisplayString());
        answerWaiting(failure);
    });
}

void Session::rememberToken()
{
    if (m_remember != Remember::Yes || !m_store || !m_account)
        return;
    m_store->write(m_server, m_account->email, m_tokens.refresh, this, [this](const Domain::Status &written) {
        if (!written)
            emit warning(written.error().message);
    });
}

void Session::sendWaiting()
{
    const QList<Pending> waiting = std::exchange(m_waiting, {});
    for (const Pending &pending : waiting)
        dispatch(pending);
}

void Session::answerWaiting(const ApiResponse &response)
{
    const QList<Pending> waiting = std::exchange(m_waiting, {});
    for (const Pending &pending : waiting)
        answerLater(pending.context.data(), pending.callback, response);
}

void Session::cancelWaitingRequests()
{
    m_holdRequests = false;
    answerWaiting(notSignedIn(tr("This was not sent because nobody signed in again. Sign in (File › Sign In…) "
                                 "and try again.")));
}

} // namespace Backroom::Ui
