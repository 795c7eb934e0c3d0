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

    @org.springframework.beans.factory.annotation.Autowired
    org.headroom.base.DemoPractice demo;

    @org.junit.jupiter.api.AfterEach
    void noDemo() {
        demo.none();
    }

    @Test
    @WithAnonymousUser
    void while_the_demo_practice_loads_the_page_says_so_and_waits_with_the_form() {
        demo.loading(java.util.List.of(
                new org.headroom.base.DemoPractice.DemoLogin("sarah", "headroom-demo", "therapist Sarah")));
        LoginView view = (LoginView) navigateTo("login");
        assertThat(view.demoBox.isVisible()).isTrue();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                        .id("demo-state")
                        .getText())
                .contains("being prepared");
        assertThat(find(LoginForm.class).id("login-form").isEnabled()).isFalse();
        assertThat(view.demoBox.getElement().getTextRecursively()).contains("sarah / headroom-demo (therapist Sarah)");

        demo.ready();
        view.showDemo();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                        .id("demo-state")
                        .getText())
                .contains("sign in with one of these");
        assertThat(find(LoginForm.class).id("login-form").isEnabled()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void without_a_demo_practice_no_demo_logins_are_shown() {
        LoginView view = (LoginView) navigateTo("login");
        assertThat(view.demoBox.isVisible()).isFalse();
        assertThat(view.demoBox.getElement().getTextRecursively()).isEmpty();
        assertThat(find(LoginForm.class).id("login-form").isEnabled()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void after_an_idle_timeout_the_page_says_why_the_session_ended() {
        UI.getCurrent().navigate("login", QueryParameters.of("expired", ""));
        LoginView view = (LoginView) getCurrentView();
        assertThat(view.expired.isVisible()).isTrue();
        assertThat(view.expired.getText()).contains("signed out because nothing was done for a while");
    }
}
