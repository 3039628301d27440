package vn.kynangso.authoring;

import java.time.MonthDay;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.kynangso.catalog.Assessment;
import vn.kynangso.catalog.Audience;
import vn.kynangso.catalog.CourseCategory;
import vn.kynangso.catalog.CourseSource;
import vn.kynangso.catalog.Skill;

/** A course's settings, saved together: what it teaches, to whom, and its quiz rules. */
public record Settings(
        int declaredVersion,
        CourseCategory category,
        @Nullable Skill skill,
        List<Audience> audience,
        @Nullable Integer creditHours,
        @Nullable MonthDay deadline,
        Assessment assessment) {

    public Settings {
        audience = audience.stream().distinct().sorted().toList();
    }

    public static Settings of(CourseSource source) {
        return new Settings(
                source.declaredVersion(),
                source.category(),
                source.skill(),
                source.audience(),
                source.creditHours(),
                source.deadline(),
                source.assessment());
    }

    CourseSource applyTo(CourseSource source) {
        CourseSource.Builder b = source.toBuilder();
        b.declaredVersion = declaredVersion;
        b.category = category;
        b.skill = category == CourseCategory.SKILL ? skill : null;
        b.audience = audience;
        b.creditHours = category == CourseCategory.OFFICIAL ? creditHours : null;
        b.deadline = category == CourseCategory.OFFICIAL ? deadline : null;
        b.assessment = assessment;
        return b.build();
    }
}
