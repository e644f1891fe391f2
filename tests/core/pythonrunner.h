// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace ev::test {

//! Debian's Python, whose python3-numpy and python3-gensim the round-trip tests compare against.
inline const QString s_python = QStringLiteral("/usr/bin/python3");

struct PythonRun
{
    bool ok = false;
    QString out;
    QString err;
};

//! Runs \a script with Debian's Python and \a arguments (sys.argv[1:]).
inline PythonRun runPython(const QString &script, const QStringList &arguments = {})
{
    QProcess process;
    process.start(s_python, QStringList {QStringLiteral("-c"), script} + arguments);
    const bool finished = process.waitForFinished(120000);
    return {finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

} // namespace ev::test
