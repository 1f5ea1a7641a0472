package dev.pylogging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntConsumer;

/** Runs the same loop on several threads released at once, and waits for them all. */
public final class Concurrently {

    private Concurrently() {
    }

    /**
     * Starts {@code threads} threads named {@code prefix0}, {@code prefix1} ..., each calling
     * {@code body} with 0 to {@code perThread - 1}, and joins them (two minutes at most each).
     */
    public static void run(int threads, int perThread, String prefix, IntConsumer body) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < perThread; i++) {
                    body.accept(i);
                }
            }, prefix + t);
            workers.add(worker);
            worker.start();
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join(120_000);
            if (worker.isAlive()) {
                throw new IllegalStateException(worker.getName() + " did not finish in two minutes");
            }
        }
    }
}
