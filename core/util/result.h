#pragma once

// Typed outcomes. Core never throws across its boundary and never shows a dialog: it returns an
// Error that names what went wrong (a stable code for programs and tests, a translated message
// for people, and the technical detail such as a command's output for the "details" box).
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace saraban {

struct Error
{
    QString code;    // stable, machine-readable: "server.initdb", "db.connect", "schema.newer"...
    QString message; // one translated sentence for people
    QString detail;  // technical detail: the failed command and its output, the SQL error

    // message, then the detail on the following lines when there is one.
    QString toString() const;
};

class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_value(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_value); }
    Status status() const { return ok() ? Status() : Status(error()); }

private:
    std::variant<T, Error> m_value;
};

} // namespace saraban
