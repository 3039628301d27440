package vn.kynangso.classes;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.Roles;

/**
 * What the classes tests share: the tests' commune with its teacher, a class of that teacher, and
 * new students who join it.
 */
abstract class ClassKaribuTest extends KaribuTest {

    @Autowired
    PlaceService places;

    @Autowired
    PeopleService people;

    @Autowired
    AccountService accounts;

    @Autowired
    ClassService classes;

    @Autowired
    ClassJoining joining;

    @Autowired
    ClassCourses courses;

    @Autowired
    LearningService learning;

    @Autowired
    CatalogService catalog;

    @Autowired
    CurrentUser currentUser;

    TestArea.Ids area;

    /** A student of a class: their login and their person. */
    record Student(String login, long person) {}

    @BeforeEach
    void theTestsCommuneHasATeacher() {
        area = TestArea.ensureTeacher(places, accounts);
    }

    /** A class of the test teacher in the tests' commune; left signed in as the teacher. */
    SchoolClass aClass(String school, String grade, String name) {
        login(TestArea.TEACHER);
        return classes.create(area.commune(), new ClassDetails(school, grade, name, "2026-2027"));
    }

    /** A new student who joins the class with its code; left signed in as them. */
    Student aStudentIn(SchoolClass schoolClass) {
        String login = Learners.newLearner(places, people, accounts, Roles.STUDENT);
        login(login);
        joining.join(schoolClass.joinCode());
        return new Student(login, currentUser.require().getPersonId().orElseThrow());
    }
}
