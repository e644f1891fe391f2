// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace ev::test {

//! How a run of the program ended, and what it wrote.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/*!
 * Runs embedding-visualiser with \a arguments, as a user would. \a childSetup, if given, runs in
 * the child before the program starts (to limit what it may write, say).
 */
inline Run runProgram(const QStringList &arguments,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
    const std::function<void()> &childSetup = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    process.start(QStringLiteral(EV_EXECUTABLE_PATH), arguments);
    if (!process.waitForFinished(60000))
        qFatal("embedding-visualiser did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

} // namespace ev::test
