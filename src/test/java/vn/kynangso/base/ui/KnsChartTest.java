package vn.kynangso.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnsChartTest {

    @Test
    void a_long_name_beside_a_bar_goes_on_lines_of_at_most_18_characters_with_words_whole() {
        assertThat(KnsChart.wrapped(List.of(
                        "Thôn Đông Sơn",
                        "Thanh toán không dùng tiền mặt – mỗi hộ một người biết",
                        "Supercalifragilisticexpialidocious đợt 1")))
                .containsExactly(
                        List.of("Thôn Đông Sơn"),
                        List.of("Thanh toán không", "dùng tiền mặt –", "mỗi hộ một người", "biết"),
                        List.of("Supercalifragilisticexpialidocious", "đợt 1"));
    }
}
