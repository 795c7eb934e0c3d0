package org.headroom.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import org.headroom.TotpCodes;
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

    private static String code(String base32, Instant at) {
        return TotpCodes.code(base32, at);
    }
}
