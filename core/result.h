// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace ev {

/*!
 * \brief Either a value or a message that says, for a person, why there is none.
 *
 * The core reports problems with the user's data (a refused size, an index out of range) this
 * way, so that the window and the command line can show the message; programmer errors are
 * assertions instead.
 */
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) { }

    static Result failure(QString message)
    {
        Result result;
        result.m_message = std::move(message);
        return result;
    }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }

    //! \returns the value; only valid when isOk().
    const T &value() const &
    {
        Q_ASSERT_X(isOk(), "Result::value", "asked a failed result for its value");
        return *m_value;
    }
    T &&value() &&
    {
        Q_ASSERT_X(isOk(), "Result::value", "asked a failed result for its value");
        return std::move(*m_value);
    }

    //! \returns why there is no value; empty when isOk().
    const QString &errorMessage() const { return m_message; }

private:
    Result() = default;

    std::optional<T> m_value;
    QString m_message;
};

} // namespace ev
