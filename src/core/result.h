// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <utility>
#include <variant>

namespace stampdesk {

/// The value of an operation that can be refused: either a T or the reason
/// (an E) why not. Refusals are values, never exceptions, so that they can
/// cross layers and be shown to a cashier. (std::expected is C++23.)
template<typename T, typename E>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    { }
    Result(E error)
        : m_v(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return std::get<0>(m_v); }
    T &operator*() & { return std::get<0>(m_v); }
    const T *operator->() const { return &std::get<0>(m_v); }
    T *operator->() { return &std::get<0>(m_v); }

    const E &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, E> m_v;
};

/// A result that carries no value, only success or the reason for failure.
struct Done
{
};

} // namespace stampdesk
