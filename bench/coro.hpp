/*
 * coro.hpp - the C++20 coroutine generator the coroutine rows use: a
 * minimal generator<T> on std::coroutine_handle, no library. Its frame is
 * the coroutine frame the compiler lays out, allocated through the
 * promise's operator new, which records the size so that frame_bytes can
 * report it (one store per allocation).
 *
 * Like a yieldc generator, it runs nothing at the call (initial_suspend),
 * and each resume runs to the next co_yield or the end. Range-for drives
 * it; next() is the manual step.
 */
#ifndef BENCH_CORO_HPP
#define BENCH_CORO_HPP

#include <coroutine>
#include <cstddef>
#include <exception>
#include <new>
#include <utility>

/** The size of the last coroutine frame a generator allocated. */
inline std::size_t bench_coro_frame_bytes;

template <class T>
class generator {
public:
    struct promise_type {
        T value;

        generator get_return_object() noexcept { return generator(handle::from_promise(*this)); }
        std::suspend_always initial_suspend() const noexcept { return {}; }
        std::suspend_always final_suspend() const noexcept { return {}; }
        std::suspend_always yield_value(T v) noexcept
        {
            value = v;
            return {};
        }
        void return_void() const noexcept {}
        [[noreturn]] void unhandled_exception() const noexcept { std::terminate(); }

        static void *operator new(std::size_t size)
        {
            bench_coro_frame_bytes = size;
            return ::operator new(size);
        }
        static void operator delete(void *frame) noexcept { ::operator delete(frame); }
    };
    using handle = std::coroutine_handle<promise_type>;

    struct sentinel {};

    class iterator {
    public:
        explicit iterator(handle h) : h_(h) {}
        T operator*() const { return h_.promise().value; }
        iterator &operator++()
        {
            h_.resume();
            return *this;
        }
        bool operator==(sentinel) const { return h_.done(); }

    private:
        handle h_;
    };

    generator(generator &&other) noexcept : h_(std::exchange(other.h_, {})) {}
    generator &operator=(generator &&) = delete;
    ~generator()
    {
        if (h_)
            h_.destroy();
    }

    /** Resumes to the next value: true with the value in `out`, false at the end. */
    bool next(T &out)
    {
        h_.resume();
        if (h_.done())
            return false;
        out = h_.promise().value;
        return true;
    }

    iterator begin()
    {
        h_.resume();
        return iterator(h_);
    }
    sentinel end() const { return {}; }

private:
    explicit generator(handle h) : h_(h) {}
    handle h_;
};

/** range(n) as a coroutine, defined in range_coro.cpp: a generator of another file. */
generator<long> coro_range(long n);

#endif /* BENCH_CORO_HPP */
