package org.headroom.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.nio.ByteBuffer;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.headroom.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

class AccountSecurityViewTest extends ViewTest {

    @Test
    @WithUserDetails("ben")
    void a_therapist_sets_up_two_factor_sign_in_and_keeps_ten_recovery_codes() throws Exception {
        AccountSecurityView view = navigate(AccountSecurityView.class);
        assertThat(find(Paragraph.class).id("security-status").getText()).startsWith("Two-factor sign-in is off");
        test(find(Button.class).id("security-set-up")).click();
        String key = find(Span.class).id("security-key").getText().replace(" ", "");
        assertThat(key).matches("[A-Z2-7]{32}");

        test(view.code).setValue("000000");
        test(find(Button.class).id("security-confirm")).click();
        assertThat(view.code.isInvalid()).isTrue();

        test(view.code).setValue(code(key, Instant.now()));
        test(find(Button.class).id("security-confirm")).click();
        assertThat(find(UnorderedList.class)
                        .id("security-recovery-codes")
                        .getChildren()
                        .count())
                .isEqualTo(10);

        navigate(AccountSecurityView.class);
        assertThat(find(Paragraph.class).id("security-status").getText())
                .isEqualTo("Two-factor sign-in is on. Recovery codes left: 10.");
        AccountSecurityView again = (AccountSecurityView) getCurrentView();
        test(again.code).setValue(code(key, Instant.now().plusSeconds(30)));
        test(find(Button.class).id("security-turn-off")).click();
        assertThat(find(Paragraph.class).id("security-status").getText()).startsWith("Two-factor sign-in is off");
    }

    /** What an authenticator app computes (RFC 6238). */
    private static String code(String base32, Instant at) throws Exception {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteBuffer key = ByteBuffer.allocate(base32.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : base32.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                key.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key.array(), "HmacSHA1"));
        byte[] hash = mac.doFinal(
                ByteBuffer.allocate(8).putLong(at.getEpochSecond() / 30).array());
        int offset = hash[19] & 0xf;
        int value = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        return String.format("%06d", value % 1_000_000);
    }
}
