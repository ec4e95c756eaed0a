// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QTemporaryFile>

#include <cstdio>
#include <unistd.h>

namespace Backroom::Test {

// Standard error into a file while alive, for tests that read the log (the server's, and that of the child
// processes it starts, which inherit it).
class CapturedStderr {
public:
    CapturedStderr()
    {
        m_file.open();
        ::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        ::dup2(m_file.handle(), STDERR_FILENO);
    }
    ~CapturedStderr() { restore(); }
    CapturedStderr(const CapturedStderr &) = delete;
    CapturedStderr &operator=(const CapturedStderr &) = delete;

    // Puts standard error back and returns what was written meanwhile.
    QByteArray restore()
    {
        if (m_saved >= 0) {
            ::fflush(stderr);
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
            m_saved = -1;
        }
        QFile read(m_file.fileName());
        read.open(QIODevice::ReadOnly);
        return read.readAll();
    }

private:
    QTemporaryFile m_file;
    int m_saved = -1;
};

} // namespace Backroom::Test
