// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>
#include <variant>

#include <QString>
#include <QStringList>

namespace gd {

/** An error that says where it happened and what went wrong (docs/formats/README.md). */
struct Error
{
    QString where; // "app.json: resources[1].fields", "database", "register.json"
    QString what;  // "expected an array"

    QString toString() const
    {
        return where.isEmpty() ? what : where + QStringLiteral(": ") + what;
    }
};

/** A value or an error, returned up to the UI, which decides how to show it. */
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value, so that `for (auto &x : f().value())` does not dangle.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    const T &operator*() const { return std::get<T>(m_data); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/** Result for operations that return nothing but may fail. */
struct Ok
{
};
using Status = Result<Ok>;

inline Status success()
{
    return Ok{};
}

} // namespace gd
