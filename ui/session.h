// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "domain/roles.h"
#include "ui/apiclient.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

namespace Backroom::Ui {

class TokenStore;

// Who is signed in, as GET /api/v1/me describes them.
struct Account {
    QString id;
    QString email;
    QString name;
    QList<Domain::Role> roles;

    bool may(Domain::Permission permission) const { return Domain::rolesGrant(roles, permission); }
    // Any staff role: the back office has something to show. A plain customer has none.
    bool hasBackOfficeAccess() const;
    // "Ann Example (ann@example.com)", or the email alone when there is no name.
    QString displayName() const;

    static std::optional<Account> fromJson(const QJsonObject &object);
};

// The signed-in session with one server: holds the access and refresh tokens (in memory only; the refresh
// token goes to the system keychain through TokenStore when "stay signed in" asks for it, never to settings
// or logs) and sends requests on the account's behalf.
//
// Authorized requests carry "Authorization: Bearer". When the server answers 401 the session renews the
// access token with the refresh token, once, and sends the request again; only one renewal is ever in
// flight, and requests made meanwhile wait for it. When the server refuses the refresh token (revoked,
// expired, reused), the tokens are dropped, signInRequired() is emitted and requests keep waiting until
// signIn() succeeds, when they are sent again, or until cancelWaitingRequests().
//
// Lives on, and is called from, the GUI thread. Callbacks follow ApiClient's contract: later, exactly once,
// unless their context is destroyed first.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State {
        SignedOut,      // no account
        SignedIn,       // tokens at hand
        Refreshing,     // renewing the access token; requests wait
        SignInRequired, // the server ended the session; requests wait for signIn() (see above)
    };
    Q_ENUM(State)

    // What a sign-in does with the system keychain.
    enum class Remember {
        Yes,     // keep the refresh token there, and its successor after every renewal
        No,      // remove what an earlier "stay signed in" kept for this account
        Nothing, // leave the keychain alone (screenshot mode, tests)
    };

    // Success, or what went wrong for a person. keychainWarning: the sign-in worked, but the keychain could
    // not keep it, so the next start asks again; says why.
    struct SignInResult {
        Domain::Status status;
        QString keychainWarning;
    };
    using SignInCallback = std::function<void(const SignInResult &)>;
    using StatusCallback = std::function<void(const Domain::Status &)>;

    // store may be null: then nothing is remembered, as with Remember::Nothing.
    Session(ApiClient *api, TokenStore *store, QObject *parent = nullptr);

    ApiClient *api() const { return m_api; }
    TokenStore *tokenStore() const { return m_store; }
    State state() const { return m_state; }
    // Signed in, refreshing, or waiting for a new sign-in: the account the window shows.
    const std::optional<Account> &account() const { return m_account; }
    bool remembers() const { return m_remember == Remember::Yes; }

    // Signs in with a password at server (which becomes the ApiClient's base URL), then reads the account.
    // Fails with Unauthorized or Forbidden and the server's message (wrong credentials, disabled account,
    // too many attempts), with Forbidden when the account has no back-office access (the new session is
    // ended again), or with the network's message. On success, requests waiting for a sign-in are sent.
    void signIn(const QUrl &server, const QString &email, const QString &password, Remember remember,
                const QObject *context, SignInCallback callback);
    // Continues the sign-in remembered in the keychain for server and email. Fails with NotFound when
    // nothing is remembered, Unavailable when the keychain cannot be read, Unauthorized when the server no
    // longer accepts it (the entry is removed), or as signIn() does.
    void resume(const QUrl &server, const QString &email, const QObject *context, SignInCallback callback);
    // Ends the session on the server (best effort), removes the remembered sign-in and forgets the tokens.
    // Always signs out here; fails only to say what could not be cleaned up (server unreachable, keychain).
    void signOut(const QObject *context, StatusCallback callback);

    // Sends request with the session's access token (see the class comment). Without a session it answers
    // at once (later) with a message saying to sign in.
    void send(ApiRequest request, const QObject *context, ApiClient::Callback callback);
    void get(const QString &path, const QObject *context, ApiClient::Callback callback);
    void post(const QString &path, const QJsonDocument &body, const QObject *context, ApiClient::Callback callback);
    void patch(const QString &path, const QJsonDocument &body, const QObject *context, ApiClient::Callback callback);
    void deleteResource(const QString &path, const QObject *context, ApiClient::Callback callback);

    // Answers every request that waits for a sign-in with a message saying it was not sent; later requests
    // are answered the same way until the next sign-in.
    void cancelWaitingRequests();

signals:
    void stateChanged(Backroom::Ui::Session::State state);
    // After a sign-in or resume, also of another account, and after sign-out (then nullopt).
    void accountChanged(const std::optional<Backroom::Ui::Account> &account);
    // The server ended the session; reason says so for a person. Ask for a password and call signIn().
    void signInRequired(const QString &reason);
    // The access token was renewed (after a 401).
    void refreshed();
    // Something the person should know that did not fail a request, e.g. a renewed token the keychain
    // could not keep.
    void warning(const QString &message);

private:
    struct Pending {
        ApiRequest request;
        QPointer<const QObject> context;
        ApiClient::Callback callback;
        bool retried = false;
    };
    struct Tokens {
        QString access;
        QString refresh;
    };

    static std::optional<Tokens> tokensFrom(const ApiResponse &response);
    static QString signInFailure(const ApiResponse &response);

    void finishSignIn(const QUrl &server, const Tokens &tokens, Remember remember, bool fromKeychain,
                      QPointer<const QObject> context, SignInCallback callback);
    void commit(const QUrl &server, const Tokens &tokens, const Account &account, Remember remember);
    // POST /auth/logout; done gets an empty string, or what went wrong for a person.
    void endOnServer(const QUrl &server, const Tokens &tokens, bool mayRenew,
                     const std::function<void(const QString &)> &done);
    void dispatch(Pending pending);
    void unauthorized(Pending pending, const QString &usedToken, const ApiResponse &response);
    void startRefresh();
    void sendWaiting();
    void answerWaiting(const ApiResponse &response);
    void setState(State state);
    void rememberToken();
    static ApiResponse notSignedIn(const QString &message);

    ApiClient *m_api;
    TokenStore *m_store;
    State m_state = State::SignedOut;
    std::optional<Account> m_account;
    Tokens m_tokens;
    QUrl m_server;
    Remember m_remember = Remember::Nothing;
    QList<Pending> m_waiting;
    bool m_holdRequests = false; // in SignInRequired: wait (true) or answer at once (after cancel)
    // Bumped by every sign-in and sign-out, so an answer to a refresh of an older session is ignored.
    quint64 m_generation = 0;
};

} // namespace Backroom::Ui
