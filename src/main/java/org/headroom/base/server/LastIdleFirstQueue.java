package org.headroom.base.server;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.apache.tomcat.util.threads.TaskQueue;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;

/**
 * Tomcat's task queue, except that a new request goes to the request thread that became idle
 * last instead of the one that has waited longest.
 *
 * <p>Tomcat's own queue wakes its waiting threads in turn, so a quiet server spreads its requests
 * over all ten of its idle threads, each of which has to be woken from a long sleep with cold
 * caches. Here the waiting threads form a stack: the thread that has just finished a request takes
 * the next one, and threads that are not needed stay asleep (and, above the minimum, end after
 * their idle time as before). Measured in {@code docs/performance.md} (ADR 0024).
 *
 * <p>Everything else is Tomcat's: when no thread is waiting, {@link TaskQueue#offer} decides whether
 * the pool grows or the request waits in the queue, with the same limits; {@link #force} still
 * refuses a stopped executor. One invariant keeps the two paths from losing a request: under
 * {@link #lock}, a thread only starts waiting when the queue is empty, and a request only goes
 * into the queue when no thread is waiting.
 */
final class LastIdleFirstQueue extends TaskQueue {

    private static final long serialVersionUID = 1L;

    /** One waiting request thread, and the request handed to it. */
    private static final class Waiter {
        final Thread thread = Thread.currentThread();
        volatile Runnable task;
    }

    private final transient ReentrantLock lock = new ReentrantLock();

    /** Waiting threads, the one that started waiting last first. Guarded by {@link #lock}. */
    private final transient ArrayDeque<Waiter> waiting = new ArrayDeque<>();

    /** The executor whose threads wait here; its idle time paces {@link #take}. */
    private transient volatile ThreadPoolExecutor executor;

    LastIdleFirstQueue(int capacity) {
        super(capacity);
    }

    @Override
    public void setParent(ThreadPoolExecutor parent) {
        super.setParent(parent);
        executor = parent;
    }

    @Override
    public boolean offer(Runnable task) {
        return handOverOr(task, () -> super.offer(task));
    }

    @Override
    public boolean force(Runnable task) {
        return handOverOr(task, () -> super.force(task));
    }

    /** Gives the task to a waiting thread, or else to Tomcat's own handling, under the lock. */
    private boolean handOverOr(Runnable task, BooleanSupplier tomcats) {
        lock.lock();
        try {
            return handOver(task) || tomcats.getAsBoolean();
        } finally {
            lock.unlock();
        }
    }

    /** Gives the task to the thread that started waiting last, if any. */
    private boolean handOver(Runnable task) {
        Waiter waiter = waiting.pollFirst();
        if (waiter == null) {
            return false;
        }
        waiter.task = task;
        LockSupport.unpark(waiter.thread);
        return true;
    }

    @Override
    public Runnable poll(long timeout, TimeUnit unit) throws InterruptedException {
        Runnable task = await(unit.toNanos(timeout));
        // Tomcat's own poll with no wait: takes a request queued meanwhile, and otherwise lets the
        // executor end this thread if it has to be renewed.
        return task != null ? task : super.poll(0, TimeUnit.NANOSECONDS);
    }

    @Override
    public Runnable take() throws InterruptedException {
        // Waits in steps of the executor's idle time (read each time, as Tomcat can change it while
        // running), so that a thread the executor wants renewed still ends after one idle period,
        // as with Tomcat's own take. Without an executor nothing is renewed: one long wait.
        while (true) {
            ThreadPoolExecutor parent = executor;
            long step = parent == null ? Long.MAX_VALUE : parent.getKeepAliveTime(TimeUnit.NANOSECONDS);
            Runnable task = poll(Math.max(1, step), TimeUnit.NANOSECONDS);
            if (task != null) {
                return task;
            }
        }
    }

    /**
     * Waits up to {@code nanos} for a request: one already queued, or one handed over.
     *
     * @return the request, or null when the time is up
     */
    private Runnable await(long nanos) throws InterruptedException {
        Waiter waiter;
        lock.lock();
        try {
            Runnable queued = super.poll();
            if (queued != null || nanos <= 0) {
                return queued;
            }
            waiter = new Waiter();
            waiting.push(waiter);
        } finally {
            lock.unlock();
        }
        long deadline = System.nanoTime() + nanos;
        boolean interrupted = false;
        while (waiter.task == null) {
            if (Thread.interrupted()) {
                interrupted = true;
                break;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            LockSupport.parkNanos(this, left);
        }
        if (waiter.task == null) {
            lock.lock();
            try {
                if (waiter.task == null) {
                    waiting.removeFirstOccurrence(waiter);
                }
            } finally {
                lock.unlock();
            }
        }
        Runnable task = waiter.task;
        if (interrupted) {
            if (task == null) {
                throw new InterruptedException();
            }
            // The request was handed over before the interrupt was seen: run it, keep the interrupt.
            Thread.currentThread().interrupt();
        }
        return task;
    }
}
