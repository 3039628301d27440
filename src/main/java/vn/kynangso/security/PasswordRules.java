package vn.kynangso.security;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What makes a password acceptable, in one place: at least {@link #MIN_LENGTH} characters, at most
 * {@link #MAX_BYTES} bytes (bcrypt reads no further: a longer password would be cut without a
 * word, or refused with an internal error), not one of the most common passwords (zxcvbn's list of
 * 30,000, and Vietnamese ones shipped in {@code security/common-passwords-vi.txt}), not one
 * character repeated, and not the login itself.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 8;

    /** bcrypt's limit; "ệ" takes 3 bytes in UTF-8, so 24 such letters fill it. */
    static final int MAX_BYTES = 72;

    private static final Map<String, Integer> COMMON = passwords();
    private static final Set<String> COMMON_VI = vietnamese();

    private PasswordRules() {}

    /**
     * Checks a password a person chose (or an admin set for them).
     *
     * @throws AccountException TOO_SHORT, TOO_LONG or TOO_COMMON
     */
    static void check(String password, @Nullable String login) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new AccountException(AccountException.Reason.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new AccountException(AccountException.Reason.TOO_LONG);
        }
        String plain = plain(password);
        boolean oneCharacter = plain.chars().distinct().count() <= 1;
        boolean isLogin = login != null && !login.isBlank() && plain.equals(plain(login));
        if (oneCharacter || isLogin || COMMON.containsKey(plain) || COMMON_VI.contains(plain)) {
            throw new AccountException(AccountException.Reason.TOO_COMMON);
        }
    }

    /** Lower case, without accents (đ as d) and spaces: "Mật Khẩu" and "matkhau" are the same guess. */
    static String plain(String text) {
        String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replace('đ', 'd');
        return decomposed.replaceAll("\\p{M}+", "").replaceAll("\\s+", "");
    }

    private static Map<String, Integer> passwords() {
        try {
            return StandardDictionaries.loadAllDictionaries().stream()
                    .filter(d -> d.getName().equals("passwords"))
                    .findFirst()
                    .map(Dictionary::getRankedDictionary)
                    .orElseThrow(() -> new IllegalStateException("zxcvbn's password list is missing"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> vietnamese() {
        String resource = "security/common-passwords-vi.txt";
        try (InputStream in = PasswordRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(plain(line));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
