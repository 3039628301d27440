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
        return new CourseSource(
                source.id(),
                declaredVersion,
                category,
                category == CourseCategory.SKILL ? skill : null,
                audience,
                source.title(),
                source.summary(),
                category == CourseCategory.OFFICIAL ? creditHours : null,
                category == CourseCategory.OFFICIAL ? deadline : null,
                assessment,
                source.lessons(),
                source.questions(),
                source.sources());
    }
}
