package vn.kynangso.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.KaribuTest;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.AccountService.Preferences;

class PreferencesTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Test
    void the_app_starts_in_vietnamese() {
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("vi");
    }

    @Test
    void switching_to_english_is_remembered_on_the_account() {
        login("hocsinh");
        UI.getCurrent().navigate("home");
        LanguageSwitch language = _get(LanguageSwitch.class, spec -> spec.withId("language-switch"));
        assertThat(language.getText()).isEqualTo("English");
        assertThat(language.getElement().getAttribute("lang")).isEqualTo("en");
        _click(language);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(TranslationProvider.ENGLISH);
        assertThat(accounts.myPreferences().map(Preferences::locale).map(Locale::getLanguage))
                .contains("en");
        assertThat(UI.getCurrent().getTranslation("shell.logout")).isEqualTo("Sign out");
        // the page reloads in English: the switch now offers Tiếng Việt
        UI.getCurrent().navigate("home");
        language = _get(LanguageSwitch.class, spec -> spec.withId("language-switch"));
        assertThat(language.getText()).isEqualTo("Tiếng Việt");
        assertThat(language.getElement().getAttribute("lang")).isEqualTo("vi");
        // back to Vietnamese for the other tests sharing the demo account
        _click(language);
        assertThat(accounts.myPreferences().map(Preferences::locale).map(Locale::getLanguage))
                .contains("vi");
    }

    @Test
    void large_text_switches_at_once_and_is_remembered() {
        login("giaovien");
        UI.getCurrent().navigate("home");
        Button toggle = _get(Button.class, spec -> spec.withId("large-text-toggle"));
        assertThat(toggle.getText()).isEqualTo("Chữ to");
        _click(toggle);
        assertThat(UI.getCurrent().getElement().getClassList()).contains(UiPreferences.LARGE_TEXT_CLASS);
        assertThat(toggle.getText()).isEqualTo("Chữ thường");
        assertThat(accounts.myPreferences().map(Preferences::largeText)).contains(true);
        _click(toggle);
        assertThat(UI.getCurrent().getElement().getClassList()).doesNotContain(UiPreferences.LARGE_TEXT_CLASS);
        assertThat(accounts.myPreferences().map(Preferences::largeText)).contains(false);
    }

    @Test
    void dates_and_numbers_follow_the_chosen_language() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("area.total", TranslationProvider.VIETNAMESE, 1, 12345, 2))
                .startsWith("1 thôn")
                .contains("12.345 hộ");
        assertThat(provider.getTranslation("area.total", TranslationProvider.ENGLISH, 1, 12345, 2))
                .contains("12,345 households");
    }
}
