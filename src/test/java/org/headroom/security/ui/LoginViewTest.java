package org.headroom.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.headroom.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

class LoginViewTest extends ViewTest {

    @Test
    @WithAnonymousUser
    void anyone_not_signed_in_is_sent_to_the_login_form() {
        assertThat(navigateTo("clients")).isInstanceOf(LoginView.class);
        assertThat(navigateTo("admin/users")).isInstanceOf(LoginView.class);
        LoginForm form = find(LoginForm.class).id("login-form");
        assertThat(form.isError()).isFalse();
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(((LoginView) getCurrentView()).i18n.getForm().getUsername()).isEqualTo("User name");
    }

    @Test
    @WithAnonymousUser
    void a_failed_sign_in_shows_one_generic_message() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = find(LoginForm.class).id("login-form");
        assertThat(form.isError()).isTrue();
        assertThat(((LoginView) getCurrentView()).i18n.getErrorMessage().getMessage())
                .contains("Check your user name and password")
                .doesNotContainIgnoringCase("unknown user");
    }
}
