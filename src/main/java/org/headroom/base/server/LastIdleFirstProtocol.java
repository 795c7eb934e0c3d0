package org.headroom.base.server;

import java.util.concurrent.TimeUnit;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioEndpoint;
import org.apache.tomcat.util.threads.TaskThreadFactory;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;

/**
 * Tomcat's HTTP/1.1 connector whose request threads take new requests last idle, first served
 * ({@link LastIdleFirstQueue}). Tomcat makes it from its class name, so it is public with a
 * public constructor; {@link ServerThreads} sets it.
 */
public class LastIdleFirstProtocol extends Http11NioProtocol {

    public LastIdleFirstProtocol() {
        super(new Endpoint());
    }

    /** Tomcat's endpoint, with Tomcat's own executor over the other queue. */
    static final class Endpoint extends NioEndpoint {

        @Override
        public void createExecutor() {
            if (getUseVirtualThreads()) {
                super.createExecutor();
                return;
            }
            LastIdleFirstQueue queue = new LastIdleFirstQueue(getMaxQueueSize());
            ThreadPoolExecutor executor = new ThreadPoolExecutor(
                    getMinSpareThreads(),
                    getMaxThreads(),
                    getThreadsMaxIdleTime(),
                    TimeUnit.MILLISECONDS,
                    queue,
                    new TaskThreadFactory(getName() + "-exec-", getDaemon(), getThreadPriority()));
            queue.setParent(executor);
            setExecutor(executor);
            // Set after setExecutor, which marks any executor given to it as someone else's: this one is
            // Tomcat's to stop, as its own would be.
            internalExecutor = true;
        }
    }
}
