package org.headroom.base.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.apache.coyote.AbstractProtocol;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.headroom.IntegrationTest;
import org.headroom.LocalHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * Tomcat's connector takes requests last idle, first served (ADR 0024): in the running application,
 * with Tomcat's thread settings still applied, its threads stopped with the server, and with a
 * setting to turn it off.
 */
@IntegrationTest
class ServerThreadsTest {

    @Autowired
    ServletWebServerApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void the_running_application_serves_requests_from_the_last_idle_first_queue() throws Exception {
        var connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        assertThat(connector.getProtocolHandler()).isInstanceOf(LastIdleFirstProtocol.class);
        var executor = (ThreadPoolExecutor) connector.getProtocolHandler().getExecutor();
        assertThat(executor.getQueue()).isInstanceOf(LastIdleFirstQueue.class);

        HttpResponse<String> page = LocalHttp.get(port, "/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(executor.getCompletedTaskCount()).isPositive();
    }

    @Test
    void tomcats_thread_settings_still_apply_and_its_threads_stop_with_the_server() throws Exception {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        new ServerThreads().lastIdleFirstConnector().customize(factory);
        factory.addProtocolHandlerCustomizers(protocol -> {
            ((AbstractProtocol<?>) protocol).setMaxThreads(7);
            ((AbstractProtocol<?>) protocol).setMinSpareThreads(3);
        });
        TomcatWebServer server = (TomcatWebServer) factory.getWebServer();
        server.start();
        ThreadPoolExecutor executor;
        try {
            executor = (ThreadPoolExecutor)
                    server.getTomcat().getConnector().getProtocolHandler().getExecutor();
            assertThat(executor.getQueue()).isInstanceOf(LastIdleFirstQueue.class);
            assertThat(executor.getMaximumPoolSize()).isEqualTo(7);
            assertThat(executor.getCorePoolSize()).isEqualTo(3);

            HttpResponse<String> answer = LocalHttp.get(server.getPort(), "/");
            assertThat(answer.statusCode()).as("no servlet: Tomcat's own 404").isEqualTo(404);
        } finally {
            server.stop();
            server.destroy();
        }
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void a_setting_gives_tomcats_own_order_back() {
        ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(ServerThreads.class);
        runner.run(context -> assertThat(context).hasSingleBean(WebServerFactoryCustomizer.class));
        runner.withPropertyValues("headroom.server.last-idle-first=false")
                .run(context -> assertThat(context).doesNotHaveBean(WebServerFactoryCustomizer.class));
    }
}
