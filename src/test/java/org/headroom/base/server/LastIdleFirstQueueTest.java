package org.headroom.base.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import org.apache.tomcat.util.threads.TaskQueue;
import org.apache.tomcat.util.threads.TaskThreadFactory;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;

/**
 * The request threads' queue: the thread that became idle last gets the next request, and no
 * request is lost, run twice or left waiting while a thread waits (ADR 0024).
 */
class LastIdleFirstQueueTest {

    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    private final LastIdleFirstQueue queue = new LastIdleFirstQueue(Integer.MAX_VALUE);

    /** Waits until the thread is parked, waiting for work (or for anything, when blocker is null). */
    private static void awaitWaiting(Thread thread, Object blocker) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(isWaiting(thread) && (blocker == null || LockSupport.getBlocker(thread) == blocker))) {
            assertThat(System.nanoTime()).as(thread.getName() + " waiting").isLessThan(end);
            Thread.sleep(1);
        }
    }

    private static boolean isWaiting(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }

    private CompletableFuture<Runnable> pollInNewThread(List<Thread> threads) {
        CompletableFuture<Runnable> taken = new CompletableFuture<>();
        Thread thread = Thread.ofPlatform().start(() -> {
            try {
                taken.complete(queue.poll(10, TimeUnit.SECONDS));
            } catch (Throwable e) {
                taken.completeExceptionally(e);
            }
        });
        threads.add(thread);
        return taken;
    }

    @Test
    void a_request_goes_to_the_thread_that_started_waiting_last() throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<CompletableFuture<Runnable>> taken = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            taken.add(pollInNewThread(threads));
            awaitWaiting(threads.get(i), queue);
        }
        Runnable first = () -> {};
        Runnable second = () -> {};
        Runnable third = () -> {};

        assertThat(queue.offer(first)).isTrue();
        assertThat(taken.get(2).get(10, TimeUnit.SECONDS)).isSameAs(first);
        assertThat(taken.get(0)).isNotDone();
        assertThat(taken.get(1)).isNotDone();

        assertThat(queue.offer(second)).isTrue();
        assertThat(taken.get(1).get(10, TimeUnit.SECONDS)).isSameAs(second);
        assertThat(queue.offer(third)).isTrue();
        assertThat(taken.get(0).get(10, TimeUnit.SECONDS)).isSameAs(third);
        assertThat(queue).isEmpty();
    }

    @Test
    void a_request_queued_while_no_thread_waits_is_taken_at_once() throws Exception {
        Runnable task = () -> {};
        assertThat(queue.offer(task)).isTrue();
        assertThat(queue).hasSize(1);

        long start = System.nanoTime();
        assertThat(queue.poll(10, TimeUnit.SECONDS)).isSameAs(task);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(queue).isEmpty();
    }

    @Test
    void a_thread_whose_time_is_up_stops_waiting_and_is_handed_nothing_more() throws Exception {
        assertThat(queue.poll(30, TimeUnit.MILLISECONDS)).isNull();

        Runnable task = () -> {};
        assertThat(queue.offer(task)).isTrue();
        assertThat(queue).as("queued, not handed to the thread that has gone").containsExactly(task);
    }

    @Test
    void an_interrupted_thread_stops_waiting_and_is_handed_nothing_more() throws Exception {
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread thread = Thread.ofPlatform().start(() -> {
            try {
                queue.take();
                outcome.complete(null);
            } catch (Throwable e) {
                outcome.complete(e);
            }
        });
        awaitWaiting(thread, queue);

        thread.interrupt();
        assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);

        Runnable task = () -> {};
        assertThat(queue.offer(task)).isTrue();
        assertThat(queue).containsExactly(task);
    }

    @Test
    void a_stopped_executor_refuses_a_forced_request_as_tomcat_does() {
        ThreadPoolExecutor executor = executor(1, 2, MINUTE);
        executor.shutdown();
        assertThatThrownBy(() -> queue.force(() -> {})).isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void one_request_after_another_runs_on_one_thread_even_after_the_pool_has_grown() throws Exception {
        ThreadPoolExecutor executor = executor(10, 20, MINUTE);
        try {
            assertThat(threadsUsedOneAfterAnother(executor, queue)).hasSize(1);
        } finally {
            executor.shutdownNow();
        }
    }

    /** The same steps with Tomcat's own queue use every thread in turn: what the queue is for. */
    @Test
    void with_tomcats_own_queue_the_same_requests_go_round_every_thread() throws Exception {
        TaskQueue tomcats = new TaskQueue();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(
                10, 20, 1, TimeUnit.MINUTES, tomcats, new TaskThreadFactory("tomcat-", true, Thread.NORM_PRIORITY));
        tomcats.setParent(executor);
        try {
            assertThat(threadsUsedOneAfterAnother(executor, null)).hasSize(20);
        } finally {
            executor.shutdownNow();
        }
    }

    /**
     * Grows the pool to its maximum with requests that wait for each other, then sends 60 requests
     * one after another, each once the thread before has gone back to waiting.
     *
     * @return the threads that ran the 60
     */
    private static Set<Thread> threadsUsedOneAfterAnother(ThreadPoolExecutor executor, Object blocker)
            throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> pool = fillThePool(executor, release);
        release.countDown();
        for (Thread thread : pool) {
            awaitWaiting(thread, blocker);
        }

        Set<Thread> used = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            CompletableFuture<Thread> ranOn = new CompletableFuture<>();
            executor.execute(() -> ranOn.complete(Thread.currentThread()));
            Thread thread = ranOn.get(10, TimeUnit.SECONDS);
            used.add(thread);
            awaitWaiting(thread, blocker);
        }
        return used;
    }

    /**
     * Sends as many requests as the pool's maximum, each waiting for {@code release}, and returns
     * once all run, each on its own thread.
     *
     * @return the pool's threads
     */
    private static List<Thread> fillThePool(ThreadPoolExecutor executor, CountDownLatch release)
            throws InterruptedException {
        int max = executor.getMaximumPoolSize();
        CountDownLatch allRunning = new CountDownLatch(max);
        List<Thread> pool = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            executor.execute(() -> {
                synchronized (pool) {
                    pool.add(Thread.currentThread());
                }
                allRunning.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        assertThat(allRunning.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(executor.getPoolSize()).isEqualTo(max);
        synchronized (pool) {
            return List.copyOf(pool);
        }
    }

    @Test
    void threads_above_the_minimum_end_after_their_idle_time() throws Exception {
        LastIdleFirstQueue shortIdle = new LastIdleFirstQueue(Integer.MAX_VALUE);
        ThreadPoolExecutor executor = new ThreadPoolExecutor(
                1, 4, 100, TimeUnit.MILLISECONDS, shortIdle, new TaskThreadFactory("idle-", true, 5));
        shortIdle.setParent(executor);
        try {
            CountDownLatch release = new CountDownLatch(1);
            fillThePool(executor, release);
            release.countDown();

            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (executor.getPoolSize() > 1 && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            assertThat(executor.getPoolSize()).isEqualTo(1);

            CompletableFuture<Boolean> ran = new CompletableFuture<>();
            executor.execute(() -> ran.complete(true));
            assertThat(ran.get(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            executor.shutdownNow();
        }
    }

    /**
     * Four threads send 200 000 requests, in bursts with pauses so that the request threads keep
     * going idle and being handed work: each runs exactly once.
     */
    @Test
    void under_load_every_request_runs_exactly_once() throws Exception {
        ThreadPoolExecutor executor = executor(2, 8, MINUTE);
        int senders = 4;
        int each = 50_000;
        AtomicIntegerArray runs = new AtomicIntegerArray(senders * each);
        CountDownLatch done = new CountDownLatch(senders * each);
        try {
            List<Thread> threads = new ArrayList<>();
            for (int s = 0; s < senders; s++) {
                int first = s * each;
                threads.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < each; i++) {
                        int id = first + i;
                        executor.execute(() -> {
                            runs.incrementAndGet(id);
                            done.countDown();
                        });
                        if (i % 64 == 0) {
                            LockSupport.parkNanos(20_000);
                        }
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(60));
            }
            assertThat(done.await(60, TimeUnit.SECONDS))
                    .as("all requests ran, %d left", done.getCount())
                    .isTrue();
            for (int i = 0; i < runs.length(); i++) {
                assertThat(runs.get(i)).as("request %d", i).isEqualTo(1);
            }
            assertThat(queue).isEmpty();
        } finally {
            executor.shutdownNow();
        }
    }

    private ThreadPoolExecutor executor(int min, int max, long idleNanos) {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(
                min, max, idleNanos, TimeUnit.NANOSECONDS, queue, new TaskThreadFactory("test-", true, 5));
        queue.setParent(executor);
        return executor;
    }
}
