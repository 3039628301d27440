package vn.kynangso.demo;

import java.util.List;
import java.util.Random;

/**
 * Vietnamese names for the demo season, made from common family, middle and given names with the
 * season's fixed-seed {@link Random}, so every start makes the same people. Written in NFC, as
 * typed on a phone.
 */
final class SeasonNames {

    private static final List<String> FAMILY = List.of(
            "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Vũ", "Phan", "Đặng", "Bùi",
            "Đỗ", "Ngô", "Dương", "Lý", "Đinh", "Vương", "Trịnh", "Đào", "Tạ", "Chu", "Nghiêm", "Hà", "Cao");
    private static final List<String> MALE_MIDDLE =
            List.of("Văn", "Văn", "Văn", "Đức", "Hữu", "Minh", "Quang", "Công", "Đình", "Xuân", "Mạnh");
    private static final List<String> FEMALE_MIDDLE =
            List.of("Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Kim", "Bích", "Phương");
    private static final List<String> MALE = List.of(
            "Hùng", "Dũng", "Tuấn", "Hải", "Nam", "Long", "Quân", "Thắng", "Bình", "Cường", "Khánh", "Phúc", "Sơn",
            "Tùng", "Việt", "Toàn", "Hiếu", "Đạt", "Thành", "Trung", "Huy", "Lộc", "Nghĩa", "Quý", "Tiến");
    private static final List<String> FEMALE = List.of(
            "Lan", "Hương", "Mai", "Hoa", "Hạnh", "Hằng", "Nga", "Loan", "Thảo", "Trang", "Yến", "Huyền", "Nhung",
            "Phương", "Dung", "Liên", "Oanh", "Ngân", "Linh", "Vân", "Ánh", "Tuyết", "Chi", "Ngọc", "Duyên");
    private static final List<String> ALLEYS = List.of("ngõ", "xóm", "ngách");

    private final Random random;

    SeasonNames(Random random) {
        this.random = random;
    }

    String family() {
        return pick(FAMILY);
    }

    /** A full name in the family given (a child takes the father's family name). */
    String person(String family, boolean male) {
        String middle = male ? pick(MALE_MIDDLE) : pick(FEMALE_MIDDLE);
        String given = male ? pick(MALE) : pick(FEMALE);
        return family + " " + middle + " " + given;
    }

    /** A street address in a hamlet, e.g. "Số 14, ngõ 3, Thôn Đông Sơn". */
    String address(int number, String hamletName) {
        return "Số " + number + ", " + pick(ALLEYS) + " " + (1 + random.nextInt(12)) + ", " + hamletName;
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
