#pragma once

#include <QMetaObject>
#include <QObject>
#include <QThreadPool>

#include <type_traits>
#include <utility>

// Runs `work` on `pool` and then `done(result)` on `context`'s thread, through the event loop.
//
// Instead of QtConcurrent::run(...).then(context, ...): with Qt 6.4 that continuation was lost now and then
// when the work finished very fast (tst_viewerdocument saw it in about 1 run in 15: the "failed" of a
// non-PDF never came, and the viewer would have waited forever). Here the result is posted as a queued
// call, which Qt delivers or, if `context` is destroyed first, drops.
//
// `context` must outlive the work: every owner of a pool waits for it in its destructor (before
// ~QObject runs), so the pointer is valid whenever the work posts its result.
template<typename Work, typename Done>
void runOffThread(QThreadPool *pool, QObject *context, Work work, Done done)
{
    pool->start([context, work = std::move(work), done = std::move(done)]() mutable {
        using Result = std::invoke_result_t<Work &>;
        Result result = work();
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
            Qt::QueuedConnection);
    });
}
