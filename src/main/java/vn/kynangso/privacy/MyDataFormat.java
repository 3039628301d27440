package vn.kynangso.privacy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.kynangso.catalog.Text;
import vn.kynangso.privacy.MyData.Key;

/** How a value of {@link MyData} reads, on the screen and in the file alike. */
public final class MyDataFormat {

    /** Translates a key with parameters in the reader's language. */
    @FunctionalInterface
    public interface Translator {
        String t(String key, Object... params);
    }

    private final Translator translator;
    private final Locale locale;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    public MyDataFormat(Translator translator, Locale locale, ZoneId zone) {
        this.translator = translator;
        this.locale = locale;
        this.dateTime = DateTimeFormatter.ofPattern(translator.t("format.date-time"), locale)
                .withZone(zone);
        this.date = DateTimeFormatter.ofPattern(translator.t("format.date"), locale);
    }

    public String text(@Nullable Object value) {
        return switch (value) {
            case null -> "—";
            case String s -> s.isEmpty() ? "—" : s;
            case Boolean b -> translator.t(b ? "my-data.yes" : "my-data.no");
            case Instant i -> dateTime.format(i);
            case LocalDate d -> date.format(d);
            case Key k -> translator.t(k.key());
            case Text t -> t.in(locale);
            case BigDecimal n -> n.stripTrailingZeros().toPlainString();
            case List<?> list ->
                list.isEmpty() ? "—" : list.stream().map(this::text).collect(Collectors.joining(", "));
            default -> String.valueOf(value);
        };
    }

    public String label(String key) {
        return translator.t(key);
    }
}
