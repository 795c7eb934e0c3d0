package org.headroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ANNA;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.headroom.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** A download that cannot be made says so on the page instead of a silently cancelled download. */
class DownloadsTest extends ViewTest {

    @Test
    @WithUserDetails(ANNA)
    void a_failed_download_shows_a_message_and_a_good_one_sends_the_file() throws IOException {
        Anchor anchor = new Anchor("", "Print");
        UI.getCurrent().add(anchor);

        ByteArrayOutputStream sent = download(anchor, () -> {
            throw new IllegalStateException("the PDF could not be laid out");
        });
        VaadinSession.getCurrent().getService().runPendingAccessTasks(VaadinSession.getCurrent());
        assertThat(notificationTexts())
                .anyMatch(t -> t.startsWith("report.pdf could not be made, so nothing was downloaded."));
        assertThat(sent.size()).isZero();

        ByteArrayOutputStream good = download(anchor, () -> new byte[] {1, 2, 3});
        assertThat(good.toByteArray()).containsExactly(1, 2, 3);
    }

    private ByteArrayOutputStream download(Anchor anchor, com.vaadin.flow.function.SerializableSupplier<byte[]> content)
            throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        VaadinResponse response = mock(VaadinResponse.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        when(response.getOutputStream()).thenReturn(out);
        when(response.getService()).thenReturn(VaadinSession.getCurrent().getService());
        Downloads.handler(content, "report.pdf", "application/pdf")
                .handleDownloadRequest(
                        new DownloadEvent(request, response, VaadinSession.getCurrent(), anchor.getElement()));
        return out;
    }
}
