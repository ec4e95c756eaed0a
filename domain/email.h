// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

namespace Backroom::Domain {

// An email address as people type it: trimmed, one '@', a dot-separated domain, no spaces or control
// characters, at most 254 characters. Deliberately not RFC 5322: quoted local parts and IP-literal domains
// are refused because no shop customer has one and they are a favourite of injection attempts.
// Validation error on the field named `field`.
Result<QString> parseEmail(const QString &text, const QString &field = QStringLiteral("email"));

} // namespace Backroom::Domain
